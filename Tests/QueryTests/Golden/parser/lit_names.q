find models where name in (o3, xAI, Théo, _x, GPT4)
