package report

// This file holds the official labels of the 2021 national format
// (国办公开办函〔2021〕30号) in one place. The loader, the checks, the
// templates, the CSV writer and the importer all read them from here, so a
// label is spelled once.

// Column is one column of a mandated table: its key in TOML/JSON and its
// label as printed on the form.
type Column struct {
	Key   string
	Label string
}

// ApplicantColumns are the seven cells of every row of table 三, in the
// order the form prints them.
var ApplicantColumns = []Column{
	{"natural_person", "自然人"},
	{"commercial", "商业企业"},
	{"research", "科研机构"},
	{"social_welfare", "社会公益组织"},
	{"legal_services", "法律服务机构"},
	{"other", "其他"},
	{"total", "总计"},
}

// AppealColumns are the five cells of every row of table 四.
var AppealColumns = []Column{
	{"upheld", "结果维持"},
	{"corrected", "结果纠正"},
	{"other", "其他结果"},
	{"pending", "尚未审结"},
	{"total", "总计"},
}

// Column-header groups of table 三: 自然人 stands alone, the next five sit
// under 法人或其他组织, and all seven under 申请人情况.
const (
	ApplicantHeading   = "申请人情况"
	LegalPersonHeading = "法人或其他组织"
	LegalPersonFirst   = 1 // index of the first column under 法人或其他组织
	LegalPersonCount   = 5
)

// Sections are the six narrative sections, in order, with their ids.
var Sections = []Section{
	{ID: "overview", Number: "一", Title: "总体情况"},
	{ID: "active", Number: "二", Title: "主动公开政府信息情况"},
	{ID: "applications", Number: "三", Title: "收到和处理政府信息公开申请情况"},
	{ID: "appeals", Number: "四", Title: "政府信息公开行政复议、行政诉讼情况"},
	{ID: "problems", Number: "五", Title: "存在的主要问题及改进情况"},
	{ID: "other", Number: "六", Title: "其他需要报告的事项"},
}

// Section is one of the six official parts of a report.
type Section struct {
	ID     string
	Number string
	Title  string
}

// Heading is the section title as printed: "三、收到和处理政府信息公开申请情况".
func (s Section) Heading() string { return s.Number + "、" + s.Title }

// Labels of table 二 (主动公开政府信息情况).
const (
	ActiveItemsHeading = "信息内容"
	Article20Item1     = "第二十条第（一）项"
	Article20Item5     = "第二十条第（五）项"
	Article20Item6     = "第二十条第（六）项"
	Article20Item8     = "第二十条第（八）项"
	IssuedLabel        = "本年制发件数"
	RepealedLabel      = "本年废止件数"
	InForceLabel       = "现行有效件数"
	DecisionsLabel     = "本年处理决定数量"
	FeesAmountLabel    = "本年收费金额（单位：万元）"
	RegulationsLabel   = "规章"
	NormativeLabel     = "行政规范性文件"
	LicensingLabel     = "行政许可"
	PunishmentLabel    = "行政处罚"
	CoercionLabel      = "行政强制"
	FeesLabel          = "行政事业性收费"
)

// DocumentKinds are the two rows under 第二十条第（一）项.
var DocumentKinds = []Column{
	{"regulations", RegulationsLabel},
	{"normative_documents", NormativeLabel},
}

// DocumentColumns are the three cells of a document row of table 二.
var DocumentColumns = []Column{
	{"issued", IssuedLabel},
	{"repealed", RepealedLabel},
	{"in_force", InForceLabel},
}

// ActiveRow is one row of table 二 as a format prints it.
type ActiveRow struct {
	Key     string // TOML key under [active], also the JSON key
	Label   string // as printed
	Item    string // the 第二十条 item it is printed under
	Columns []Column
	// Scalar: the row is one figure, written key = value (2021's 行政许可),
	// not a table of named cells.
	Scalar bool
	// Amount names the column that is an amount, not a count; "" when
	// none. Unit is printed after it on the page ("" when its label says).
	Amount, Unit string
}

// ColumnLabel is column j's label as the data names it: an amount's with
// its unit when the label does not say it (采购总金额（元）).
func (r ActiveRow) ColumnLabel(j int) string {
	c := r.Columns[j]
	if c.Key == r.Amount && r.Unit != "" {
		return c.Label + "（" + r.Unit + "）"
	}
	return c.Label
}

// activeRows2021 are the rows of table 二 in the 2021 format, in printed
// order: FormatSpec.Active, read through Report.ActiveValues.
var activeRows2021 = []ActiveRow{
	{Key: "regulations", Label: RegulationsLabel, Item: Article20Item1, Columns: DocumentColumns},
	{Key: "normative_documents", Label: NormativeLabel, Item: Article20Item1, Columns: DocumentColumns},
	{Key: "licensing", Label: LicensingLabel, Item: Article20Item5, Columns: []Column{{"licensing", DecisionsLabel}}, Scalar: true},
	{Key: "punishment", Label: PunishmentLabel, Item: Article20Item6, Columns: []Column{{"punishment", DecisionsLabel}}, Scalar: true},
	{Key: "coercion", Label: CoercionLabel, Item: Article20Item6, Columns: []Column{{"coercion", DecisionsLabel}}, Scalar: true},
	{Key: "fees", Label: FeesLabel, Item: Article20Item8, Columns: []Column{{"fees", FeesAmountLabel}}, Scalar: true, Amount: "fees"},
}

// DecisionKinds are the single-count rows of table 二 (第五、六项).
var DecisionKinds = []Column{
	{"licensing", LicensingLabel},
	{"punishment", PunishmentLabel},
	{"coercion", CoercionLabel},
}

// Labels of table 三 that are headings rather than rows.
const (
	ApplicationsBalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
	ResultsHeading          = "三、本年度办理结果"
)

// Groups of result rows in table 三. A group's rows may be replaced by one
// printed subtotal row (DESIGN.md, "Faithful to what was published").
var ResultGroups = []Group{
	{Key: "withheld", Label: "（三）不予公开"},
	{Key: "unavailable", Label: "（四）无法提供"},
	{Key: "not_processed", Label: "（五）不予处理"},
	{Key: "other", Label: "（六）其他处理"},
}

// Group is a numbered group of result rows such as （三）不予公开.
type Group struct {
	Key   string
	Label string
}

// SubtotalKey is the TOML key of a group printed as a single row.
const SubtotalKey = "subtotal"

// ApplicationRows lists every row of table 三 in printed order. Group is
// empty for rows outside the four numbered groups.
var ApplicationRows = []RowSpec{
	{Path: "applications.new", Label: "一、本年新收政府信息公开申请数量"},
	{Path: "applications.carried_over", Label: "二、上年结转政府信息公开申请数量"},
	{Path: "applications.results.disclosed", Label: "（一）予以公开", Result: true},
	{Path: "applications.results.partially_disclosed", Label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Result: true},
	{Path: "applications.results.withheld.state_secret", Label: "1.属于国家秘密", Group: "withheld", Result: true},
	{Path: "applications.results.withheld.prohibited_by_law", Label: "2.其他法律行政法规禁止公开", Group: "withheld", Result: true},
	{Path: "applications.results.withheld.security_stability", Label: "3.危及“三安全一稳定”", Group: "withheld", Result: true},
	{Path: "applications.results.withheld.third_party_rights", Label: "4.保护第三方合法权益", Group: "withheld", Result: true},
	{Path: "applications.results.withheld.internal_affairs", Label: "5.属于三类内部事务信息", Group: "withheld", Result: true},
	{Path: "applications.results.withheld.process_information", Label: "6.属于四类过程性信息", Group: "withheld", Result: true},
	{Path: "applications.results.withheld.enforcement_files", Label: "7.属于行政执法案卷", Group: "withheld", Result: true},
	{Path: "applications.results.withheld.administrative_query", Label: "8.属于行政查询事项", Group: "withheld", Result: true},
	{Path: "applications.results.unavailable.not_held", Label: "1.本机关不掌握相关政府信息", Group: "unavailable", Result: true},
	{Path: "applications.results.unavailable.needs_creation", Label: "2.没有现成信息需要另行制作", Group: "unavailable", Result: true},
	{Path: "applications.results.unavailable.unclear", Label: "3.补正后申请内容仍不明确", Group: "unavailable", Result: true},
	{Path: "applications.results.not_processed.complaint", Label: "1.信访举报投诉类申请", Group: "not_processed", Result: true},
	{Path: "applications.results.not_processed.duplicate", Label: "2.重复申请", Group: "not_processed", Result: true},
	{Path: "applications.results.not_processed.publication", Label: "3.要求提供公开出版物", Group: "not_processed", Result: true},
	{Path: "applications.results.not_processed.excessive", Label: "4.无正当理由大量反复申请", Group: "not_processed", Result: true},
	{Path: "applications.results.not_processed.confirmation", Label: "5.要求行政机关确认或重新出具已获取信息", Group: "not_processed", Result: true},
	{Path: "applications.results.other.no_correction", Label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Group: "other", Result: true},
	{Path: "applications.results.other.no_fee_payment", Label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Group: "other", Result: true},
	{Path: "applications.results.other.other", Label: "3.其他", Group: "other", Result: true},
	{Path: "applications.results.total", Label: "（七）总计"},
	{Path: "applications.carried_forward", Label: "四、结转下年度继续办理"},
}

// RowSpec describes one row of a mandated table.
type RowSpec struct {
	Path   string // dotted TOML path, also the row id in findings and JSON
	Label  string // as printed on the form
	Group  string // key of the ResultGroup it belongs to, if any
	Result bool   // counts towards （七）总计
}

// Key is the last element of the row's path.
func (s RowSpec) Key() string {
	for i := len(s.Path) - 1; i >= 0; i-- {
		if s.Path[i] == '.' {
			return s.Path[i+1:]
		}
	}
	return s.Path
}

// AppealRows lists the rows of table 四.
var AppealRows = []RowSpec{
	{Path: "appeals.review", Label: "行政复议"},
	{Path: "appeals.litigation_direct", Label: "行政诉讼 未经复议直接起诉"},
	{Path: "appeals.litigation_after_review", Label: "行政诉讼 复议后起诉"},
}

// Labels of table 四's column headings.
const (
	ReviewLabel             = "行政复议"
	LitigationLabel         = "行政诉讼"
	LitigationDirectLabel   = "未经复议直接起诉"
	LitigationAfterRevLabel = "复议后起诉"
)

// GroupLabel returns the printed label of a result group key.
func GroupLabel(key string) string {
	for _, g := range ResultGroups {
		if g.Key == key {
			return g.Label
		}
	}
	return ""
}

// SubtotalPath is the row id of a group printed as a single row.
func SubtotalPath(group string) string {
	return "applications.results." + group + "." + SubtotalKey
}
