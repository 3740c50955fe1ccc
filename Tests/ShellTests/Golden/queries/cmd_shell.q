.shell printf 'one\ntwo\n'
.system echo "quoted words" stay
.shell exit 4
.shell
