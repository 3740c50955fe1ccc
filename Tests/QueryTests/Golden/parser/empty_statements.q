;; find deals ;;
