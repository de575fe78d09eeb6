"""Traditional Chinese characters as simplified Chinese writes them, for the index terms of a Chinese text
(``text._as_terms``) and the country cap (``substitution.another_cjk_country``): "美國政府決定在邊境修牆" shared 3 of
its 10 character pairs with the claim "美国政府决定在边境修建一堵墙" (a match at 0.50 in a four-claim file, where the
simplified "美国政府决定在边境修墙" is one at 1.00), as a character in one script and the other were two terms.

The coverage is partial, by design: 2,458 characters, one character for one, no phrases.  Derived from OpenCC's
TSCharacters.txt, STCharacters.txt, JPVariants.txt, TWVariants.txt and HKVariants.txt (Open Chinese Convert,
https://github.com/BYVoid/OpenCC, Copyright (c) BYVoid, Apache License 2.0, as opencc-python-reimplemented 0.1.7
ships them; the licence and what was taken: LICENSES/OpenCC-Apache-2.0.txt).  Each traditional character of the
Unified Ideographs block (U+4E00-U+9FFF) with one simplified form there (OpenCC's alternatives outside the block,
rare characters, not counted: "開" 开, "戰" 战, "廬" 庐, "諫" 谏), kept when:

- that form is no traditional character of its own and no other character's simplified form (OpenCC's
  STCharacters.txt gives it back only as this one), so no two words of a traditional text become one term;
- it is no Japanese shinjitai of another character (OpenCC's JPVariants.txt), and it merges no two Japanese
  words: not "機" (machine) to "机" (Japanese "desk"), nor "憐" (pity, "可憐") to "怜" (clever, "怜悧"), the one
  such pair of the table whose two characters are both common kanji (JIS X 0208 level 1; "峯"/"峰", "棲"/"栖",
  "燈"/"灯", "禰"/"祢" are each one Japanese word, "著"/"着" is not in the table).  A
  Japanese text's kanji then become terms no other Japanese word has ("電力" is "电力"); the Japanese forms of the
  same characters that simplified Chinese also uses ("国", "会", "当") are left as they are, and "莊" (the old form
  of Japanese "荘") becomes the "庄" Japanese writes for the same word ("荘園", "庄園");

and, though the form has another traditional character (OpenCC gives a variant or a rare character back too:
simplified Chinese writes the two alike), the common "個" 个, "萬" 万, "發" 发, "為"/"爲" 为, "團" 团, "臺" 台, "麼" 么,
"於" 于, "廣" 广, "種" 种, "當" 当, "買" 买, "紮" 扎.  With them, the forms Taiwan and Hong Kong write (TWVariants.txt,
HKVariants.txt) for a character of the table, or for one both scripts write alike ("污", "泄"), that are no
simplified character of their own and that TSCharacters.txt reads as that one simplified form: "眾" 众, "偽" 伪,
"啟" 启, "汙" 污, "洩" 泄, "濕" 湿, "説" 说, "閲" 阅, "鋭" 锐, and 8 rarer; and Hong Kong's "衞" (for "衛") 卫, which
TSCharacters.txt lacks (not Taiwan's "著" for "着": "著" is simplified Chinese's own, "著名").

Left out, as simplified Chinese writes two or more words with the one form (read as it is, a traditional text's
word stays a term of its own, and the simplified one another): "後" (after; "后" empress), "乾"/"幹" ("干"),
"髮"/"發" ("发"), "復"/"複" ("复"), "並"/"併" ("并"), "裡"/"裏" ("里" village), "隻" ("只"), "雲" ("云"), "葉"
("叶"), "準" ("准"), "鐘"/"鍾" ("钟"), "餘" ("余" I), "係"/"繫" ("系"), "歷"/"曆" ("历"), "鬥" ("斗"), "麵" ("面"),
"穀" ("谷"), "醜" ("丑"), "製" ("制"), and every phrase-level choice OpenCC makes with TSPhrases.txt.

``scripts/hanzi_table.py`` regenerates the table from OpenCC's data by these rules (``--check``: is it up to date).
"""

#: the traditional characters, in the order of ``_SIMPLIFIED``
_TRADITIONAL = (
    "丟亂亞佇來侶俁俔俠俥倀倆倈倉個們倫偉側偵偽傖傘備傯傳傴債傷傾僂僅僉僑僞僥僨僱儀儂億儈儉儎儐儔儕償優儲儷儺儻儼"
    "兌兒兗內兩冊冪凍凜凱刪剄則剎剗剛剝剮剴創劇劉劊劌劍劑勁動務勞勢勩勱勵勸勻匭匱區協卻厙厭厲厴叄叢吒吳吶呂咼員唄"
    "問啓啞啟啢喚喪喬單喲嗆嗇嗊嗎嗚嗩嗶嘍嘓嘔嘖嘜嘮嘯嘰嘵嘸嘽噓噝噠噥噦噯噲噴噸嚀嚇嚌嚕嚦嚨嚲嚳嚴嚶囀囁囂囅囈囉囑"
    "囪圇國圍園圓圖團埡執堅堊堖堝堯報場塊塋塏塒塢塵塹墊墜墮墳墶墾壋壓壘壙壚壞壟壠壢壪壯壺壼壽夠夢夾奐奧奩奪奮奼妝"
    "姍娛婁婦婭媧媯媼媽嫗嫵嫿嬀嬃嬈嬋嬌嬙嬡嬤嬪嬰嬸孌孫學孿宮寢實審寫寬寵寶將專尋對導尷屆屓屜屢層屨屬岡峯峴島峽崍"
    "崗崢崬嵐嶁嶄嶇嶔嶗嶠嶢嶧嶨嶮嶸嶺嶼巋巒巔巰巹帥師帳帶幀幃幗幘幟幣幫幬庫廁廂廄廈廎廚廝廟廡廢廣廩廬廳弒弳張強彈"
    "彎彠彥彲徑從徠徹恆恥悅悞悵悶惱惲惻愛愜愨愴愷愾態慍慘慚慟慣慪慫慮慳慶憂憊憑憒憖憚憤憫憮憲憶懇應懌懍懟懣懨懲懶"
    "懷懸懺懼懾戀戇戔戧戩戰戲戶拋挩挾捫掃掄掗掙揀揚換揮揯損搖搗搵搶摑摜摟摯摳摶摻撈撏撐撓撟撣撥撫撲撳撻撾撿擁擄擇"
    "擊擋擔擠擬擯擰擱擲擴擷擻擼擾攄攆攏攔攖攙攛攜攝攢攣攤攪攬敓敗敘敵數斂斃斆斕斬斷於時晉晝暈暉暘暢暫曄曇曉曖曠曨"
    "曬書會朧東柵梔梘條梟梲棄棖棗棟棧棲棶椏楊楓楨業榪榮榲榿構槍槤槧槨槮槳槶槼樁樂樅樓標樞樣樧樳樹樺樿橈橋橢橫檁檉"
    "檔檜檟檢檣檮檳檸檻櫓櫚櫛櫝櫞櫟櫥櫧櫨櫪櫫櫬櫱櫳櫸櫻欄權欏欒欖欞欽歐歟歡歲歸歿殘殞殤殫殮殯殲殺殼毆毿氈氌氣氫氬"
    "氳汙決沒況洩洶浹涇涗涼淚淥淨淪淵淶淺渙減渢渦測渾湊湞湯溈溝溫溮溳溼滄滅滌滎滯滲滸滻滾滿漁漊漚漢漣漬漲漵漸漿潁"
    "潑潔潙潛潤潯潰潷潿澀澆澇澐澗澠澤澦澩澮濁濃濕濘濚濜濟濤濫濰濱濺濼濾瀂瀅瀆瀉瀏瀕瀘瀝瀟瀠瀦瀧瀨瀲瀾灃灄灑灘灝灣"
    "灤災為烏烴無煒煢煥煩煬熅熒熗熱熲熾燁燈燉燒燙燜營燦燭燴燼燾爍爐爛爭爲爺爾牀牆牘牽犖犛犢犧狀狹狽猙猶猻獁獄獅獎"
    "獨獪獫獮獰獵獷獸獺獻獼玀現琺琿瑋瑒瑣瑤瑩瑪瑲璉璡璣璦璫環璵璸璽瓊瓏瓔瓚甌甕產畝畢異當疇疊痙痾瘂瘋瘍瘓瘞瘡瘧瘮"
    "瘲瘻療癆癇癉癘癟癡癢癤癧癩癬癭癮癰癱癲發皚皰皸皺盜盞監盤盧眥眾睜睞瞘瞞瞶瞼矓矚矯硜硤硨硯碩碭碸碼磑磚磠磣磧磯"
    "磽礄礆礎礙礦礪礫礬礱祕祿禍禎禕禡禪禮禰禱禿秈稅稈稜稟種稱穌積穎穠穡穢穩穭窩窪窮窯窵窶窺竄竅竇竈竊競筆筍筧箋箏"
    "節篋篔篠篤篩篳簀簍簞簡簣簫簹籃籌籙籛籜籟籠籩籪籬籮粵糉糝糞糧糲糴糶糹糾紀紂約紅紆紇紈紉紋納紐紓純紕紖紗紘紙級"
    "紛紜紝紡紮細紱紲紳紵紹紺紼紿絀終組絆絎結絕絛絝絞絡絢給絨絰統絲絳絹綁綃綆綈綌綏經綜綞綠綢綣綬維綯綰綱網綴綸綹"
    "綺綻綽綾綿緄緇緊緋緒緓緗緘緙緝緞締緡緣緦編緩緬緯緱緲練緶緹縈縉縊縋縐縑縕縗縛縝縞縟縣縫縭縮縱縲縵縶縷縹總績繅"
    "繆繒織繕繚繞繡繢繩繪繭繮繯繰繳繹繼繽繾纇纈纊續纏纓纘纜缽罌罰罵罷羅羆羈羋羣羥羨義習翬翹翽耬耮聖聞聯聰聲聳聵聶"
    "職聹聽聾肅脅脈脛脫脹腎腖腡腦腫腳腸膃膕膚膠膩膽膾膿臉臍臏臚臠臢臥臨臺與興舉舊艙艤艦艫艱芻苧茲荊莊莖莢莧華萇萊"
    "萬萴萵葒葤葦葷蒔蒕蒞蒼蓀蓋蓮蓯蓴蓽蔞蔣蔥蔦蕁蕆蕎蕒蕕蕘蕢蕪蕭蕷薀薈薊薌薔薘薟薩薺藍藎藝藪藶藹藺蘀蘄蘆蘊蘚蘞蘢"
    "蘭蘺蘿虆處虛虜號虧虯蛺蛻蜆蝕蝟蝦蝨蝸螄螞螢螻螿蟄蟈蟎蟣蟬蟯蟶蟻蠁蠅蠆蠐蠑蠣蠨蠱蠶蠻衆衛衞袞補裝褌褘褲褳褸褻襏"
    "襖襝襠襤襪襯襲襴見覎規覓視覘覡覥覦親覬覯覲覷覺覽覿觀觴觶觸訁訂訃計訊訌討訐訒訓訕訖記訛訝訟訣訥訩訪設許訴訶診"
    "詁詆詎詐詒詔評詖詗詘詛詞詠詡詢詣試詩詫詬詭詮詰話該詳詵詼詿誄誅誆認誑誒誕誘誚語誠誡誣誤誥誦誨說説誰課誶誹誼誾"
    "調諂諄談諉請諍諏諑諒論諗諛諜諝諞諢諤諦諧諫諭諱諳諶諷諸諺諼諾謀謁謂謄謅謊謎謐謔謖謗謙講謝謠謨謫謬謳謹謾譎譏譖"
    "識譙譚譜譫譯議譴護譸譽譾讀讅變讋讎讒讓讕讖讜讞豈豎豬豶貓貝貞貟負財貢貧貨販貪貫責貯貰貲貳貴貶買貸貺費貼貽貿賀"
    "賁賂賃賄賅資賈賊賑賒賓賕賙賚賜賞賠賡賢賣賤賦賧質賬賭賴賵賺賻購賽賾贄贅贇贈贍贏贐贓贔贖贛赬趕趙趨趲踐踴蹌蹕蹣"
    "蹤蹺躂躉躊躋躍躑躒躓躕躚躡躥躦躪軀車軋軌軍軑軒軔軛軟軤軫軲軸軹軺軻軼軾較輅輇輈載輊輒輔輕輛輜輝輞輟輥輦輩輪輬"
    "輯輳輸輻輾輿轀轂轄轅轆轉轍轎轔轟轡轢轤辦辭辮辯農逕這連進運過達違遙遜遞遠遲遷選遺遼邁還邇邊邏邐郟郵鄆鄉鄒鄔鄖"
    "鄧鄭鄰鄲鄴鄶鄺酇酈醞醟醫醬醱釀釁釃釅釋釒釓釔釕釗釘釙釣釤釧釩釵釷釹釺鈀鈃鈄鈈鈉鈍鈎鈐鈑鈒鈔鈕鈞鈣鈥鈦鈧鈮鈰鈳"
    "鈴鈷鈸鈹鈺鈽鈾鈿鉀鉈鉉鉋鉍鉑鉕鉗鉚鉛鉞鉢鉤鉦鉬鉭鉶鉸鉺鉻鉿銀銃銅銍銑銓銖銘銚銛銜銠銣銥銦銨銩銪銫銬銱銳銷銻銼"
    "鋁鋃鋅鋇鋌鋏鋒鋙鋝鋟鋣鋤鋥鋦鋨鋩鋪鋭鋮鋯鋰鋱鋶鋸鋼錁錆錈錏錐錒錕錘錙錚錛錟錠錡錢錦錨錩錫錮錯錳錸鍀鍁鍃鍆鍇鍈"
    "鍋鍍鍔鍘鍚鍛鍠鍤鍥鍩鍬鍰鍵鍶鍺鎂鎄鎇鎊鎔鎖鎘鎛鎡鎢鎣鎦鎧鎩鎪鎬鎮鎰鎳鎵鎶鏃鏌鏍鏐鏑鏗鏘鏜鏝鏞鏡鏢鏤鏨鏰鏵鏷鏹"
    "鏽鐃鐋鐐鐒鐓鐔鐙鐠鐦鐧鐨鐫鐲鐳鐵鐶鐸鐺鐿鑄鑊鑌鑔鑕鑞鑠鑣鑥鑭鑱鑲鑷鑹鑼鑾鑿長門閂閃閆閈閉開閌閎閏間閔閘閡閣閥"
    "閨閩閫閬閭閱閲閶閹閻閼閽閾閿闃闈闊闋闌闍闐闒闓闔闕闖關闞闠闡闤闥陘陝陣陰陳陸陽隉隊階隕際隨險隯隱隴隸雋雖雙雛"
    "雜雞離難電霢霧霽靂靄靆靈靉靚靜靝靦靨鞏鞽韁韃韉韋韌韍韓韙韜韝韞韻響頁頂頃項順頇頊頌頎頏預頑頒頓頗領頜頡頤頦頭"
    "頮頰頲頴頷頸頹頻顆題額顎顏顒顓顙顛類顢顥顧顫顬顯顰顱顳顴風颭颮颯颶颸颺颻颼飀飄飆飈飛飠飣飥飩飪飫飭飯飲飴飼飽"
    "飾飿餃餄餅餈餉養餌餎餏餑餒餓餕餖餚餛餜餞餡館餱餳餶餷餺餼餾餿饁饃饅饈饉饊饋饌饒饗饜饞饢馬馭馮馱馳馴馹駁駐駑駒"
    "駔駕駘駙駛駝駟駢駭駰駱駸駿騁騂騅騌騍騎騏騖騙騤騫騭騮騰騶騷騸騾驀驁驂驃驄驅驊驌驍驏驕驗驚驛驟驢驤驥驦驪驫骯髏"
    "體髕髖鬢鬧鬩鬮鬹魎魘魚魛魢魨魯魴魷魺鮁鮃鮊鮋鮍鮎鮐鮑鮒鮓鮚鮜鮞鮦鮪鮫鮭鮮鮳鮶鮺鯀鯁鯇鯉鯊鯒鯔鯕鯖鯗鯛鯝鯡鯢鯤"
    "鯧鯨鯪鯫鯰鯴鯷鯽鯿鰁鰂鰃鰈鰉鰍鰏鰒鰓鰛鰜鰟鰠鰣鰥鰨鰩鰭鰮鰱鰲鰳鰵鰷鰹鰺鰻鰼鰾鱂鱅鱈鱉鱒鱔鱖鱗鱘鱝鱟鱠鱣鱤鱧鱨"
    "鱭鱯鱷鱸鱺鳥鳧鳩鳲鳳鳴鳶鴆鴇鴉鴒鴕鴛鴝鴞鴟鴣鴦鴨鴯鴰鴴鴻鴿鵂鵃鵐鵑鵒鵓鵜鵝鵠鵡鵪鵬鵮鵯鵲鵷鵾鶇鶉鶊鶓鶖鶘鶚鶡"
    "鶥鶩鶬鶯鶲鶴鶹鶺鶻鶼鷀鷁鷂鷊鷓鷖鷗鷙鷚鷥鷦鷫鷯鷲鷸鷹鷺鷽鸇鸌鸏鸕鸘鸚鸛鸝鸞鹺鹼鹽麗麥麩麼黃黌點黲黴黶黷黽黿鼂"
    "鼉鼴齊齋齎齏齒齔齕齗齙齜齟齠齡齦齪齬齲齶齷龍龎龐龔龕龜鿓"
)
#: each one's simplified form
_SIMPLIFIED = (
    "丢乱亚伫来侣俣伣侠伡伥俩俫仓个们伦伟侧侦伪伧伞备偬传伛债伤倾偻仅佥侨伪侥偾雇仪侬亿侩俭傤傧俦侪偿优储俪傩傥俨"
    "兑儿兖内两册幂冻凛凯删刭则刹刬刚剥剐剀创剧刘刽刿剑剂劲动务劳势勚劢励劝匀匦匮区协却厍厌厉厣叁丛咤吴呐吕呙员呗"
    "问启哑启唡唤丧乔单哟呛啬唝吗呜唢哔喽啯呕啧唛唠啸叽哓呒啴嘘咝哒哝哕嗳哙喷吨咛吓哜噜呖咙亸喾严嘤啭嗫嚣冁呓啰嘱"
    "囱囵国围园圆图团垭执坚垩垴埚尧报场块茔垲埘坞尘堑垫坠堕坟垯垦垱压垒圹垆坏垄垅坜塆壮壶壸寿够梦夹奂奥奁夺奋姹妆"
    "姗娱娄妇娅娲妫媪妈妪妩婳妫媭娆婵娇嫱嫒嬷嫔婴婶娈孙学孪宫寝实审写宽宠宝将专寻对导尴届屃屉屡层屦属冈峰岘岛峡崃"
    "岗峥岽岚嵝崭岖嵚崂峤峣峄峃崄嵘岭屿岿峦巅巯卺帅师帐带帧帏帼帻帜币帮帱库厕厢厩厦庼厨厮庙庑废广廪庐厅弑弪张强弹"
    "弯彟彦彨径从徕彻恒耻悦悮怅闷恼恽恻爱惬悫怆恺忾态愠惨惭恸惯怄怂虑悭庆忧惫凭愦慭惮愤悯怃宪忆恳应怿懔怼懑恹惩懒"
    "怀悬忏惧慑恋戆戋戗戬战戏户抛捝挟扪扫抡挜挣拣扬换挥搄损摇捣揾抢掴掼搂挚抠抟掺捞挦撑挠挢掸拨抚扑揿挞挝捡拥掳择"
    "击挡担挤拟摈拧搁掷扩撷擞撸扰摅撵拢拦撄搀撺携摄攒挛摊搅揽敚败叙敌数敛毙敩斓斩断于时晋昼晕晖旸畅暂晔昙晓暧旷昽"
    "晒书会胧东栅栀枧条枭棁弃枨枣栋栈栖梾桠杨枫桢业杩荣榅桤构枪梿椠椁椮桨椢椝桩乐枞楼标枢样榝桪树桦椫桡桥椭横檩柽"
    "档桧槚检樯梼槟柠槛橹榈栉椟橼栎橱槠栌枥橥榇蘖栊榉樱栏权椤栾榄棂钦欧欤欢岁归殁残殒殇殚殓殡歼杀壳殴毵毡氇气氢氩"
    "氲污决没况泄汹浃泾涚凉泪渌净沦渊涞浅涣减沨涡测浑凑浈汤沩沟温浉涢湿沧灭涤荥滞渗浒浐滚满渔溇沤汉涟渍涨溆渐浆颍"
    "泼洁沩潜润浔溃滗涠涩浇涝沄涧渑泽滪泶浍浊浓湿泞溁浕济涛滥潍滨溅泺滤澛滢渎泻浏濒泸沥潇潆潴泷濑潋澜沣滠洒滩灏湾"
    "滦灾为乌烃无炜茕焕烦炀煴荧炝热颎炽烨灯炖烧烫焖营灿烛烩烬焘烁炉烂争为爷尔床墙牍牵荦牦犊牺状狭狈狰犹狲犸狱狮奖"
    "独狯猃狝狞猎犷兽獭献猕猡现珐珲玮玚琐瑶莹玛玱琏琎玑瑷珰环玙瑸玺琼珑璎瓒瓯瓮产亩毕异当畴叠痉疴痖疯疡痪瘗疮疟瘆"
    "疭瘘疗痨痫瘅疠瘪痴痒疖疬癞癣瘿瘾痈瘫癫发皑疱皲皱盗盏监盘卢眦众睁睐眍瞒瞆睑眬瞩矫硁硖砗砚硕砀砜码硙砖硵碜碛矶"
    "硗硚硷础碍矿砺砾矾砻秘禄祸祯祎祃禅礼祢祷秃籼税秆棱禀种称稣积颖秾穑秽稳穞窝洼穷窑窎窭窥窜窍窦灶窃竞笔笋笕笺筝"
    "节箧筼筿笃筛筚箦篓箪简篑箫筜篮筹箓篯箨籁笼笾簖篱箩粤粽糁粪粮粝籴粜纟纠纪纣约红纡纥纨纫纹纳纽纾纯纰纼纱纮纸级"
    "纷纭纴纺扎细绂绁绅纻绍绀绋绐绌终组绊绗结绝绦绔绞络绚给绒绖统丝绛绢绑绡绠绨绤绥经综缍绿绸绻绶维绹绾纲网缀纶绺"
    "绮绽绰绫绵绲缁紧绯绪绬缃缄缂缉缎缔缗缘缌编缓缅纬缑缈练缏缇萦缙缢缒绉缣缊缞缚缜缟缛县缝缡缩纵缧缦絷缕缥总绩缫"
    "缪缯织缮缭绕绣缋绳绘茧缰缳缲缴绎继缤缱颣缬纩续缠缨缵缆钵罂罚骂罢罗罴羁芈群羟羡义习翚翘翙耧耢圣闻联聪声耸聩聂"
    "职聍听聋肃胁脉胫脱胀肾胨脶脑肿脚肠腽腘肤胶腻胆脍脓脸脐膑胪脔臜卧临台与兴举旧舱舣舰舻艰刍苎兹荆庄茎荚苋华苌莱"
    "万荝莴荭荮苇荤莳蒀莅苍荪盖莲苁莼荜蒌蒋葱茑荨蒇荞荬莸荛蒉芜萧蓣蕰荟蓟芗蔷荙莶萨荠蓝荩艺薮苈蔼蔺萚蕲芦蕴藓蔹茏"
    "兰蓠萝蔂处虚虏号亏虬蛱蜕蚬蚀猬虾虱蜗蛳蚂萤蝼螀蛰蝈螨虮蝉蛲蛏蚁蚃蝇虿蛴蝾蛎蟏蛊蚕蛮众卫卫衮补装裈袆裤裢褛亵袯"
    "袄裣裆褴袜衬袭襕见觃规觅视觇觋觍觎亲觊觏觐觑觉览觌观觞觯触讠订讣计讯讧讨讦讱训讪讫记讹讶讼诀讷讻访设许诉诃诊"
    "诂诋讵诈诒诏评诐诇诎诅词咏诩询诣试诗诧诟诡诠诘话该详诜诙诖诔诛诓认诳诶诞诱诮语诚诫诬误诰诵诲说说谁课谇诽谊訚"
    "调谄谆谈诿请诤诹诼谅论谂谀谍谞谝诨谔谛谐谏谕讳谙谌讽诸谚谖诺谋谒谓誊诌谎谜谧谑谡谤谦讲谢谣谟谪谬讴谨谩谲讥谮"
    "识谯谭谱谵译议谴护诪誉谫读谉变詟雠谗让谰谶谠谳岂竖猪豮猫贝贞贠负财贡贫货贩贪贯责贮贳赀贰贵贬买贷贶费贴贻贸贺"
    "贲赂赁贿赅资贾贼赈赊宾赇赒赉赐赏赔赓贤卖贱赋赕质账赌赖赗赚赙购赛赜贽赘赟赠赡赢赆赃赑赎赣赪赶赵趋趱践踊跄跸蹒"
    "踪跷跶趸踌跻跃踯跞踬蹰跹蹑蹿躜躏躯车轧轨军轪轩轫轭软轷轸轱轴轵轺轲轶轼较辂辁辀载轾辄辅轻辆辎辉辋辍辊辇辈轮辌"
    "辑辏输辐辗舆辒毂辖辕辘转辙轿辚轰辔轹轳办辞辫辩农迳这连进运过达违遥逊递远迟迁选遗辽迈还迩边逻逦郏邮郓乡邹邬郧"
    "邓郑邻郸邺郐邝酂郦酝蒏医酱酦酿衅酾酽释钅钆钇钌钊钉钋钓钐钏钒钗钍钕钎钯钘钭钚钠钝钩钤钣钑钞钮钧钙钬钛钪铌铈钶"
    "铃钴钹铍钰钸铀钿钾铊铉铇铋铂钷钳铆铅钺钵钩钲钼钽铏铰铒铬铪银铳铜铚铣铨铢铭铫铦衔铑铷铱铟铵铥铕铯铐铞锐销锑锉"
    "铝锒锌钡铤铗锋铻锊锓铘锄锃锔锇铓铺锐铖锆锂铽锍锯钢锞锖锩铔锥锕锟锤锱铮锛锬锭锜钱锦锚锠锡锢错锰铼锝锨锪钔锴锳"
    "锅镀锷铡钖锻锽锸锲锘锹锾键锶锗镁锿镅镑镕锁镉镈镃钨蓥镏铠铩锼镐镇镒镍镓鿔镞镆镙镠镝铿锵镗镘镛镜镖镂錾镚铧镤镪"
    "锈铙铴镣铹镦镡镫镨锎锏镄镌镯镭铁镮铎铛镱铸镬镔镲锧镴铄镳镥镧镵镶镊镩锣銮凿长门闩闪闫闬闭开闶闳闰间闵闸阂阁阀"
    "闺闽阃阆闾阅阅阊阉阎阏阍阈阌阒闱阔阕阑阇阗阘闿阖阙闯关阚阓阐阛闼陉陕阵阴陈陆阳陧队阶陨际随险陦隐陇隶隽虽双雏"
    "杂鸡离难电霡雾霁雳霭叇灵叆靓静靔腼靥巩鞒缰鞑鞯韦韧韨韩韪韬鞲韫韵响页顶顷项顺顸顼颂颀颃预顽颁顿颇领颌颉颐颏头"
    "颒颊颋颕颔颈颓频颗题额颚颜颙颛颡颠类颟颢顾颤颥显颦颅颞颧风飐飑飒飓飔飏飖飕飗飘飙飚飞饣饤饦饨饪饫饬饭饮饴饲饱"
    "饰饳饺饸饼糍饷养饵饹饻饽馁饿馂饾肴馄馃饯馅馆糇饧馉馇馎饩馏馊馌馍馒馐馑馓馈馔饶飨餍馋馕马驭冯驮驰驯驲驳驻驽驹"
    "驵驾骀驸驶驼驷骈骇骃骆骎骏骋骍骓骔骒骑骐骛骗骙骞骘骝腾驺骚骟骡蓦骜骖骠骢驱骅骕骁骣骄验惊驿骤驴骧骥骦骊骉肮髅"
    "体髌髋鬓闹阋阄鬶魉魇鱼鱽鱾鲀鲁鲂鱿鲄鲅鲆鲌鲉鲏鲇鲐鲍鲋鲊鲒鲘鲕鲖鲔鲛鲑鲜鲓鲪鲝鲧鲠鲩鲤鲨鲬鲻鲯鲭鲞鲷鲴鲱鲵鲲"
    "鲳鲸鲮鲰鲶鲺鳀鲫鳊鳈鲗鳂鲽鳇鳅鲾鳆鳃鳁鳒鳑鳋鲥鳏鳎鳐鳍鳁鲢鳌鳓鳘鲦鲣鲹鳗鳛鳔鳉鳙鳕鳖鳟鳝鳜鳞鲟鲼鲎鲙鳣鳡鳢鲿"
    "鲚鳠鳄鲈鲡鸟凫鸠鸤凤鸣鸢鸩鸨鸦鸰鸵鸳鸲鸮鸱鸪鸯鸭鸸鸹鸻鸿鸽鸺鸼鹀鹃鹆鹁鹈鹅鹄鹉鹌鹏鹐鹎鹊鹓鹍鸫鹑鹒鹋鹙鹕鹗鹖"
    "鹛鹜鸧莺鹟鹤鹠鹡鹘鹣鹚鹢鹞鹝鹧鹥鸥鸷鹨鸶鹪鹔鹩鹫鹬鹰鹭鸴鹯鹱鹲鸬鹴鹦鹳鹂鸾鹾碱盐丽麦麸么黄黉点黪霉黡黩黾鼋鼌"
    "鼍鼹齐斋赍齑齿龀龁龂龅龇龃龆龄龈龊龉龋腭龌龙厐庞龚龛龟鿒"
)
#: for ``str.translate``
TRADITIONAL_AS_SIMPLIFIED = str.maketrans(_TRADITIONAL, _SIMPLIFIED)
#: each simplified form's traditional characters
_AS_TRADITIONAL: dict[str, str] = {}
for _traditional, _simplified in zip(_TRADITIONAL, _SIMPLIFIED, strict=True):
    _AS_TRADITIONAL[_simplified] = _AS_TRADITIONAL.get(_simplified, "") + _traditional


def spellings(word: str) -> set[str]:
    """Every spelling of a word that reads as it does (``TRADITIONAL_AS_SIMPLIFIED``), each character simplified or
    in any of its traditional forms: "新西兰" is also "新西蘭" (Hong Kong's spelling), "美國" also "美国"."""
    spelt = {""}
    for character in word.translate(TRADITIONAL_AS_SIMPLIFIED):
        forms = character + _AS_TRADITIONAL.get(character, "")
        spelt = {start + form for start in spelt for form in forms}
    return spelt
