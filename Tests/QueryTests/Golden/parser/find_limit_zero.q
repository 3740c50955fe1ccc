find models limit 0
