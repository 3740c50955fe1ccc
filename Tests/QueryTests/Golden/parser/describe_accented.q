describe Théo
