.formt json
