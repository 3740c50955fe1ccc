fnd deals; cont hires; find models
