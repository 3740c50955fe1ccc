search "🚀 fusée" limite 3
