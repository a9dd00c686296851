/// Tells Simplified from Traditional Chinese by the characters a text uses.
///
/// Short Chinese texts defeat the n-gram identifier: libexttextcat's Traditional fingerprint
/// is weak, and a sentence of Traditional Chinese comes out Simplified. Whether a character is
/// simplified is not a matter of statistics, though: these are 310 of the most frequent
/// characters that have different simplified and traditional forms (会/會, 这/這, 说/說…),
/// and a text that uses one set and not the other is written in that script.
enum ChineseScript {
    /// Simplified forms; `traditional` holds the traditional form of each at the same position.
    static let simplified = Set("们这个为说国来时对发经长会过学后还进动种实现关点开问间东车没当从应体机电业于与产济军书义头见样边员质气区听认议讲记论设话该语请读调谈华万亿难报场变处备将导岁带级线组织结给统网总罗练费资贸赛运选连钱铁银门闻队阳际陆随险项须顾领风飞马鱼鸟龙旧桥预拨亚众优传伤价儿办务劳势单卫厂县参双号台叶团园图坏声复够夺妇孙宁宝层属币师广庆库庄张归录忆态护担拥择挥据无显术杂权条极构树标欢毕汉汤沟况测润满灯灵热爱独环画疗盖监础离税稳竞笔简类紧红约纪纳纸细终绍绝继绩续维综编职联肃胜脑艺节苏范药获营虽补装规视览觉计订训访证评识诉词试诗询误课谁谢负责购贵贷赞赢趋跃软转轮较辅辑输达迁远违适递邮邻酱释钟钢键镇闭闲阅阶陈隐雾静页顺频题额馆驾验鲜麦齐".unicodeScalars)
    static let traditional = Set("們這個為說國來時對發經長會過學後還進動種實現關點開問間東車沒當從應體機電業於與產濟軍書義頭見樣邊員質氣區聽認議講記論設話該語請讀調談華萬億難報場變處備將導歲帶級線組織結給統網總羅練費資貿賽運選連錢鐵銀門聞隊陽際陸隨險項須顧領風飛馬魚鳥龍舊橋預撥亞眾優傳傷價兒辦務勞勢單衛廠縣參雙號臺葉團園圖壞聲復夠奪婦孫寧寶層屬幣師廣慶庫莊張歸錄憶態護擔擁擇揮據無顯術雜權條極構樹標歡畢漢湯溝況測潤滿燈靈熱愛獨環畫療蓋監礎離稅穩競筆簡類緊紅約紀納紙細終紹絕繼績續維綜編職聯肅勝腦藝節蘇範藥獲營雖補裝規視覽覺計訂訓訪證評識訴詞試詩詢誤課誰謝負責購貴貸贊贏趨躍軟轉輪較輔輯輸達遷遠違適遞郵鄰醬釋鐘鋼鍵鎮閉閒閱階陳隱霧靜頁順頻題額館駕驗鮮麥齊".unicodeScalars)

    /// `zh-Hans` or `zh-Hant` when the text's characters say so clearly (three to one or more),
    /// nil when they do not (no such characters, or both kinds).
    static func variant(of text: String) -> String? {
        var simplifiedCount = 0, traditionalCount = 0
        for scalar in text.unicodeScalars {
            if simplified.contains(scalar) { simplifiedCount += 1 } else if traditional.contains(scalar) { traditionalCount += 1 }
        }
        if simplifiedCount >= 3 * max(1, traditionalCount) { return "zh-Hans" }
        if traditionalCount >= 3 * max(1, simplifiedCount) { return "zh-Hant" }
        return nil
    }
}
