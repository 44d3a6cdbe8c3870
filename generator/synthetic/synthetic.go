// Package synthetic generates large, deterministic portals for benchmarks
// and large tests: N organs × Y years of reports whose numbers follow the
// mix seen on real portals and satisfy every rule of DESIGN.md §3,
// carry-over included. It is not used by the gongkai command: a portal
// must only ever publish real reports.
package synthetic

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// Options size a synthetic portal.
type Options struct {
	Organs    int    // number of organs
	Years     int    // consecutive years of reports per organ
	FirstYear int    // year of the oldest reports; 0 means 2021
	Seed      uint64 // the same options and seed give byte-identical files
}

func (o Options) firstYear() int {
	if o.FirstYear == 0 {
		return 2021
	}
	return o.FirstYear
}

// Config is the config.toml of a synthetic portal.
const Config = `title       = "政府信息公开工作年度报告（合成数据）"
base_url    = "https://example.gov.cn/nianbao/"
language    = "zh-CN"
theme       = "default"
minify      = true
unsafe_html = false

[footer]
host = "gongkai 合成测试站点（数据为程序生成，非真实报告）"
`

// Walk calls emit for every file of the portal, slash paths relative to
// the site directory, in a fixed order. Files are produced one organ at a
// time, so a portal of any size is generated in little memory.
func Walk(opts Options, emit func(rel string, data []byte) error) error {
	if opts.Organs < 1 || opts.Years < 1 {
		return fmt.Errorf("synthetic: need at least one organ and one year, got %d × %d", opts.Organs, opts.Years)
	}
	if err := emit("config.toml", []byte(Config)); err != nil {
		return err
	}
	for i := 0; i < opts.Organs; i++ {
		if err := walkOrgan(opts, i, emit); err != nil {
			return err
		}
	}
	return nil
}

// walkOrgan emits one organ's org.toml and its reports. Each organ has
// its own random stream, so an organ's files do not depend on how many
// organs come before it.
func walkOrgan(opts Options, i int, emit func(string, []byte) error) error {
	rng := rand.New(rand.NewPCG(opts.Seed, uint64(i)))
	o := newOrgan(i)
	dir := "content/" + o.slug + "/"
	if err := emit(dir+"org.toml", o.toml()); err != nil {
		return err
	}
	size := pickSize(rng)
	var prev *tables
	for y := 0; y < opts.Years; y++ {
		year := opts.firstYear() + y
		t := newTables(rng, o, size, prev)
		if err := emit(dir+strconv.Itoa(year)+".toml", t.toml(rng, year)); err != nil {
			return err
		}
		if err := emit(dir+strconv.Itoa(year)+".md", narrative(rng, o, year, t)); err != nil {
			return err
		}
		prev = t
	}
	return nil
}

// Write writes the portal under dir, which must not hold a content/
// directory yet: mixing two portals would break their counts.
func Write(dir string, opts Options) (files int, bytes int64, err error) {
	if _, err := os.Stat(filepath.Join(dir, "content")); err == nil {
		return 0, 0, fmt.Errorf("%s: content/ already exists; choose an empty directory", dir)
	}
	made := map[string]bool{}
	err = Walk(opts, func(rel string, data []byte) error {
		path := filepath.Join(dir, filepath.FromSlash(rel))
		if parent := filepath.Dir(path); !made[parent] {
			if err := os.MkdirAll(parent, 0o755); err != nil {
				return err
			}
			made[parent] = true
		}
		files++
		bytes += int64(len(data))
		return os.WriteFile(path, data, 0o644)
	})
	return files, bytes, err
}
