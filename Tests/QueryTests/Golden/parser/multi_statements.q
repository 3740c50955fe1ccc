count deals; count hires; find models
