find models where maker = xAI
