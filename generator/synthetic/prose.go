package synthetic

import (
	"bytes"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/generator/report"
)

// Sentences in the register of real reports, per section. Placeholders in
// braces are filled with the organ's names and the report's own figures,
// so that the prose agrees with the tables.
var prose = [][]string{
	{ // 一、总体情况
		"本报告由{organ}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息公开办公室有关要求编制。",
		"报告中所列数据统计期限自{year}年1月1日起至{year}年12月31日止。",
		"如对本报告有疑问，请与{organ}办公室联系。",
		"{year}年，{organ}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署。",
		"围绕{place}经济社会发展大局，以公开促落实、以公开强监管、以公开优服务，持续提升政务公开质量和实效。",
		"全年通过政府门户网站主动公开各类政府信息{items}条，其中政策文件{docs}件、政策解读{reads}篇。",
		"进一步完善政府信息公开工作机制，明确分管领导和具体工作人员，形成主要领导亲自抓、分管领导具体抓、业务科室协同配合的工作格局。",
		"严格落实信息发布审核制度，坚持“先审后发”和“三审三校”，从严把好政治关、法律关、政策关、保密关、文字关。",
		"加强政府信息公开平台建设，优化门户网站栏目设置，及时更新政府信息公开指南和公开目录。",
		"将政务公开工作纳入年度绩效考核，定期开展自查自纠，对发现的问题及时督促整改。",
		"全年共组织政务公开专题培训{trainings}次，参训人员{trainees}人次，工作人员的公开意识和业务能力进一步增强。",
		"扎实推进基层政务公开标准化规范化建设，梳理完善重点领域公开事项清单。",
	},
	{ // 二、主动公开政府信息情况
		"{year}年，{organ}主动公开政府信息{items}条，公开内容涵盖机构职能、政策文件、财政预决算、重点项目等。",
		"围绕优化营商环境、乡村振兴、民生保障等重点领域，及时公开相关政策措施和执行情况。",
		"规范性文件全部在政府门户网站发布，做到应公开尽公开。",
		"坚持政策文件与解读材料同步组织、同步审签、同步部署，以图文、问答等形式开展解读{reads}篇。",
		"及时公开行政许可、行政处罚等执法信息，接受社会监督。",
		"召开新闻发布会{meetings}场，回应社会关切。",
	},
	{ // 三、收到和处理政府信息公开申请情况
		"{year}年，{organ}共收到政府信息公开申请{new}件，上年结转{over}件。",
		"已全部按照《条例》规定的程序和时限办结{done}件，其中予以公开{disclosed}件。",
		"对申请内容不明确的，及时告知申请人作出补正，并说明补正的事项和合理的补正期限。",
		"严格执行登记、审核、办理、答复、归档等工作流程，确保依申请公开工作依法依规、规范有序。",
		"对涉及第三方合法权益的申请，依法书面征求第三方意见后作出答复。",
		"结转下年度继续办理的申请{forward}件，将在法定期限内予以答复。",
	},
	{ // 四、政府信息公开行政复议、行政诉讼情况
		"{year}年，{organ}因政府信息公开被申请行政复议{review}件，被提起行政诉讼{lit}件。",
		"对行政复议和行政诉讼案件认真分析原因，举一反三，进一步规范答复文书。",
		"加强与法律顾问的沟通，对疑难复杂申请进行会商研判，降低行政争议风险。",
	},
	{ // 五、存在的主要问题及改进情况
		"{year}年，{organ}政府信息公开工作取得一定成效，但对照上级要求和群众期盼，仍存在一些不足。",
		"一是政策解读形式较为单一，图表、视频等多样化解读运用不够。",
		"二是部分栏目信息更新不够及时，主动公开的全面性和时效性有待提升。",
		"三是工作人员业务能力有待进一步提高，对《条例》的理解和运用还不够深入。",
		"下一步，将加强业务培训，组织工作人员深入学习《条例》，提升依法公开能力。",
		"健全信息发布审核机制，定期开展栏目检查，确保公开信息准确、完整、及时。",
		"丰富政策解读形式，提高解读的针对性和可读性，增强公众获得感。",
		"{prevyear}年度报告中提出的问题已全部完成整改。",
	},
	{ // 六、其他需要报告的事项
		"本机关{year}年未收取信息处理费。",
		"按照《政府信息公开信息处理费管理办法》规定的按件、按量收费标准，本年度没有产生信息公开处理费。",
		"{year}年，{organ}认真办理人大代表建议和政协委员提案，办理结果按规定予以公开。",
		"本年度无其他需要报告的事项。",
		"政务公开工作年度工作要点落实情况已在政府门户网站专栏公开。",
	},
}

// shares of the narrative's length per section.
var shares = []float64{0.35, 0.15, 0.15, 0.05, 0.2, 0.1}

// narrative writes a <year>.md of 1–4 KB under the six official headings.
func narrative(rng *rand.Rand, o organ, year int, t *tables) []byte {
	sum := func(r row) string { return strconv.FormatInt(r[cols-1], 10) }
	lit := t.appeals[1][4] + t.appeals[2][4]
	fill := strings.NewReplacer(
		"{organ}", o.name, "{place}", o.place,
		"{year}", strconv.Itoa(year), "{prevyear}", strconv.Itoa(year-1),
		"{new}", sum(t.apps[rowNew]), "{over}", sum(t.apps[rowOver]),
		"{done}", sum(t.apps[rowTotal]), "{forward}", sum(t.apps[rowForward]),
		"{disclosed}", sum(t.apps[rowDisclosed]),
		"{review}", itoa(t.appeals[0][4]), "{lit}", itoa(lit),
		"{items}", itoa(50+rng.Int64N(3000)), "{docs}", itoa(t.docs[1][0]+rng.Int64N(30)),
		"{reads}", itoa(1+rng.Int64N(40)), "{meetings}", itoa(rng.Int64N(12)),
		"{trainings}", itoa(1+rng.Int64N(6)), "{trainees}", itoa(10+rng.Int64N(300)),
	)
	// Headings and the last sentence of each section add about 800 bytes
	// to the prose target.
	target := 700 + rng.IntN(2600)
	var b bytes.Buffer
	b.WriteString("# " + o.name + strconv.Itoa(year) + "年政府信息公开工作年度报告\n")
	numbered := rng.Float64() < 0.5
	for i, s := range report.Sections {
		b.WriteString("\n## ")
		if numbered {
			b.WriteString(s.Number + "、")
		}
		b.WriteString(s.Title + "\n\n")
		section(&b, rng, fill, prose[i], int(float64(target)*shares[i]))
	}
	return b.Bytes()
}

// section writes paragraphs of two to four sentences until about n bytes
// are written: the section's first sentence, then the others in a random
// order, repeating only when the bank is used up.
func section(b *bytes.Buffer, rng *rand.Rand, fill *strings.Replacer, bank []string, n int) {
	start := b.Len()
	order := []int{0}
	for b.Len()-start < n {
		for k := 2 + rng.IntN(3); k > 0 && b.Len()-start < n; k-- {
			if len(order) == 0 {
				order = rng.Perm(len(bank))
			}
			b.WriteString(fill.Replace(bank[order[0]]))
			order = order[1:]
		}
		b.WriteString("\n\n")
	}
}
