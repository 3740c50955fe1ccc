.kinds
