FiNd deals wHeRe buyer = meta OrDeR bY date
