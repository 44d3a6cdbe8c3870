package synthetic

import (
	"fmt"
	"strconv"
)

// organ is one synthetic organ: a department of a place, or the place's
// government itself.
type organ struct {
	slug     string
	name     string
	category string
	order    int
	place    string
	dept     department
	index    int
}

type department struct {
	slug, name string
	government bool // the place's people's government: issues regulations
}

// departments of a county-level government, as real portals list them.
var departments = []department{
	{"rmzf", "人民政府", true},
	{"zfb", "人民政府办公室", false},
	{"fgw", "发展和改革委员会", false},
	{"jyj", "教育局", false},
	{"kjj", "科学技术局", false},
	{"gxj", "工业和信息化局", false},
	{"gaj", "公安局", false},
	{"mzj", "民政局", false},
	{"sfj", "司法局", false},
	{"czj", "财政局", false},
	{"rsj", "人力资源和社会保障局", false},
	{"zrzyj", "自然资源局", false},
	{"sthjj", "生态环境局", false},
	{"zjj", "住房和城乡建设局", false},
	{"jtj", "交通运输局", false},
	{"slj", "水利局", false},
	{"nyncj", "农业农村局", false},
	{"swj", "商务局", false},
	{"wlj", "文化广电和旅游局", false},
	{"wjw", "卫生健康委员会", false},
	{"yjglj", "应急管理局", false},
	{"scjgj", "市场监督管理局", false},
	{"ybj", "医疗保障局", false},
	{"tjj", "统计局", false},
	{"spj", "行政审批局", false},
}

// Place names are made of two characters and a suffix; the pairs are
// chosen so that the first len(placeFirst)×len(placeSecond) are distinct.
var (
	placeFirst  = []rune("清临永安平新东西南北长和德兴宁泰华丰盛嘉宝广富龙云青白金玉明")
	placeSecond = []rune("河江阳山城水源川台湖林州溪泉宁丰平安乐昌化都阴桥口原岭峰谷浦")
	placeSuffix = []string{"县", "区", "市"}
)

func placeName(i int) string {
	n := len(placeFirst) * len(placeSecond)
	name := string(placeFirst[i%len(placeFirst)]) + string(placeSecond[(i/len(placeFirst))%len(placeSecond)])
	if i >= n {
		name += strconv.Itoa(i / n) // beyond the pairs: still unique, if less pretty
	}
	return name + placeSuffix[i%len(placeSuffix)]
}

func newOrgan(i int) organ {
	place, dept := i/len(departments), departments[i%len(departments)]
	o := organ{
		slug:  fmt.Sprintf("p%04d-%s", place, dept.slug),
		place: placeName(place),
		dept:  dept,
		order: i % len(departments),
		index: i,
	}
	o.name = o.place + dept.name
	switch {
	case dept.government:
		o.category = "县（市、区）人民政府"
	case dept.slug == "zfb":
		o.category = "政府办公室"
	default:
		o.category = "政府工作部门"
	}
	return o
}

func (o organ) toml() []byte {
	s := fmt.Sprintf("name     = %q\ncategory = %q\norder    = %d\n", o.name, o.category, o.order)
	if o.index%3 != 0 {
		s += fmt.Sprintf("website  = \"https://www.example.gov.cn/%s/\"\n", o.slug)
	}
	return []byte(s)
}
