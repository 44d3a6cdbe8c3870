#!/bin/sh
# bench/run.sh — build synthetic portals and print, per size, the median
# over RUNS builds of wall time, CPU time (user+sys), peak RSS, and the
# files and bytes written. See docs/performance.md.
#
#   bench/run.sh              # 800 and 10000 reports, 3 runs each
#   RUNS=5 bench/run.sh 800   # one size, five runs
#   FRESH=1 bench/run.sh      # each build into an empty destination (by
#                             # default each replaces the previous output,
#                             # whose removal is part of the build)
#
# Portals and output go to $BENCH_DIR (default /dev/shm/gongkai-bench, a
# tmpfs, so the disk is left out). A portal is generated once per size
# and kept for later runs. Needs GNU time (Debian package "time").
set -eu
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/dev/shm/gongkai-bench}
runs=${RUNS:-3}
[ $# -gt 0 ] || set -- 800 10000
[ -x /usr/bin/time ] || { echo "bench/run.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"
go build -o "$work/gongkai" ./cmd/gongkai

# median prints the middle line of numbers on stdin.
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "nproc $(nproc), $(go version | cut -d' ' -f3), runs $runs, output on $work${FRESH:+, empty destination each build}"
printf '%8s %9s %9s %9s %6s %10s\n' reports wall_s cpu_s rss_MiB files MiB
for n in "$@"; do
	organs=$(( n / 4 ))
	src="$work/portal-$n"
	[ -d "$src/content" ] || go run ./bench/synth -organs "$organs" -years 4 -out "$src" >/dev/null
	: > "$work/times-$n"
	i=0
	while [ "$i" -lt "$runs" ]; do
		[ -z "${FRESH:-}" ] || rm -rf "$work/public-$n"
		/usr/bin/time -f '%e %U %S %M' -o "$work/time" \
			"$work/gongkai" build --source "$src" --destination "$work/public-$n" >/dev/null
		cat "$work/time" >> "$work/times-$n"
		i=$(( i + 1 ))
	done
	wall=$(awk '{ print $1 }' "$work/times-$n" | median)
	cpu=$(awk '{ print $2 + $3 }' "$work/times-$n" | median)
	rss=$(awk '{ print $4 / 1024 }' "$work/times-$n" | median)
	files=$(find "$work/public-$n" -type f | wc -l)
	bytes=$(find "$work/public-$n" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
	printf '%8d %9.2f %9.2f %9.0f %6d %10.1f\n' "$n" "$wall" "$cpu" "$rss" "$files" "$(echo "$bytes" | awk '{ print $1 / 1048576 }')"
	# Mean bytes per page type: paths with the organ and the year
	# abstracted, e.g. <org>/<year>/ for report pages.
	find "$work/public-$n" -name index.html -printf '%h/ %s\n' | sed "s|^$work/public-$n||" | awk '
		{ d = split($1, p, "/"); k = ""
		  for (i = 2; i <= d; i++) {
		    c = p[i]; if (c == "") continue
		    if (c ~ /^[0-9][0-9][0-9][0-9]$/) c = "<year>"
		    else if (i == 2 && c !~ /^(years|compare|data|schema)$/) c = "<org>"
		    k = k c "/" }
		  s["/" k] += $2; n["/" k]++ }
		END { for (k in s) printf "    %-24s %6d pages, mean %7.0f bytes\n", k, n[k], s[k] / n[k] }' | sort
done
