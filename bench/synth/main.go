// Command synth writes a synthetic portal for benchmarks and large tests
// (see docs/performance.md). It is deliberately not a gongkai subcommand:
// a real portal must only ever publish real reports.
//
//	go run ./bench/synth -organs 2500 -years 4 -out /dev/shm/portal
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/gongkai/gongkai/generator/synthetic"
)

func main() {
	var opts synthetic.Options
	flag.IntVar(&opts.Organs, "organs", 200, "number of organs")
	flag.IntVar(&opts.Years, "years", 4, "consecutive years of reports per organ")
	flag.IntVar(&opts.FirstYear, "first-year", 2021, "year of the oldest reports")
	flag.Uint64Var(&opts.Seed, "seed", 1, "random seed; the same flags give byte-identical files")
	out := flag.String("out", "", "site directory to create (must not hold content/ yet)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: go run ./bench/synth -organs N -years Y -out DIR\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	files, bytes, err := synthetic.Write(*out, opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d organs × %d years, %d files, %d bytes\n", *out, opts.Organs, opts.Years, files, bytes)
}
