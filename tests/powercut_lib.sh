# After a power cut (sourced by powercut.sh and phones_powercut.sh): the database must pass its
# integrity check and reopen, and every line of CONFIRMED (a text a writer was told is stored)
# must be in the reopened session. Prints the texts that are not; fails (its message on stderr)
# on a broken database. Uses $kiosk, $db, $id and $tmp of the script that sources it.
lost_after_cut() {  # lost_after_cut TRIAL CONFIRMED
  "$kiosk" --db "$db" check > "$tmp/check" || { echo "FAIL trial $1: integrity_check: $(cat "$tmp/check")" >&2; exit 1; }
  "$kiosk" --db "$db" export --session "$id" --format json --audience internal --out "$tmp/now.json" ||
    { echo "FAIL trial $1: the session does not reopen" >&2; exit 1; }
  # One pass over the file, not a grep a text.
  awk 'NR == FNR { want["\"" $0 "\""] = 1; next }
       { for (w in want) if (index($0, w)) delete want[w] }
       END { for (w in want) print w }' "$2" "$tmp/now.json"
}
