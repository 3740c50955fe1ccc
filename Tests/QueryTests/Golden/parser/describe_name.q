describe Meta
