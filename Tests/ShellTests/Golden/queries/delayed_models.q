find models where status in (delayed, abandoned, troubled) show name, maker, status
