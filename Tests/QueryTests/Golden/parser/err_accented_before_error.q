find people where name = Théo and émploi ? 3
