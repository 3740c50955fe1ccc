find models where status is missing show name
