find models where status = delayd
