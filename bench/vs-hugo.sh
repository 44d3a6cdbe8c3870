#!/bin/sh
# bench/vs-hugo.sh — build the same portal with gongkai and with Hugo,
# interleaved, and print each one's median wall time, CPU time and peak
# RSS over RUNS rounds, and the ratio (docs/performance.md, issue 15).
#
#   bench/vs-hugo.sh              # 2,500 organs × 4 years, 3 rounds
#   RUNS=5 bench/vs-hugo.sh 800   # 800 organs
#
# Needs Hugo (Debian package "hugo") and GNU time. Works in $BENCH_DIR
# (default /dev/shm/gongkai-bench, a tmpfs).
set -eu
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/dev/shm/gongkai-bench}
runs=${RUNS:-3}
organs=${1:-2500}
command -v hugo >/dev/null || { echo "bench/vs-hugo.sh: hugo missing (apt-get install hugo)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/vs-hugo.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"
go build -o "$work/gongkai" ./cmd/gongkai
src="$work/portal-$organs-organs"
[ -d "$src/content" ] || go run ./bench/synth -organs "$organs" -years 4 -out "$src" >/dev/null
go run ./bench/hugo -portal "$src" -out "$work/hugo-$organs" >/dev/null
: > "$work/vs-hugo-times"
i=0
while [ "$i" -lt "$runs" ]; do
	/usr/bin/time -f 'gongkai %e %U %S %M' -a -o "$work/vs-hugo-times" \
		"$work/gongkai" build --source "$src" --destination "$work/public-$organs" >/dev/null
	rm -rf "$work/hugo-out-$organs"
	(cd "$work/hugo-$organs" && /usr/bin/time -f 'hugo %e %U %S %M' -a -o "$work/vs-hugo-times" \
		hugo --quiet -d "$work/hugo-out-$organs" >/dev/null)
	i=$(( i + 1 ))
done
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "nproc $(nproc), $(hugo version | cut -d' ' -f2), $organs organs × 4 years, $runs rounds"
printf '%8s %9s %9s %9s\n' tool wall_s cpu_s rss_MiB
for tool in gongkai hugo; do
	wall=$(awk -v t=$tool '$1 == t { print $2 }' "$work/vs-hugo-times" | median)
	cpu=$(awk -v t=$tool '$1 == t { print $3 + $4 }' "$work/vs-hugo-times" | median)
	rss=$(awk -v t=$tool '$1 == t { print $5 / 1024 }' "$work/vs-hugo-times" | median)
	printf '%8s %9.2f %9.2f %9.0f\n' "$tool" "$wall" "$cpu" "$rss"
	eval "wall_$tool=$wall"
done
awk -v g="$wall_gongkai" -v h="$wall_hugo" 'BEGIN { printf "gongkai / hugo: %.3f×\n", g / h }'
