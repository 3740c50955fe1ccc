-- Machine-readable: every model and its status, as JSON Lines.
.format jsonl
find models where maker is not missing show name, maker, status
