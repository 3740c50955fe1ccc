.format json
find deals where kind = acquisition
