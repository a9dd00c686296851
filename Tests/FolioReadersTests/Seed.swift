
/// The seed article, byte for byte as scraped (`seed/000_04e7b47029bdcbb7.txt`): the breadcrumb
/// has a U+00A0 no-break space, the file has no final newline and ends in page chrome.
enum Seed {
    static let text = """
    home\u{00A0}> NEWS
    Plenary Meeting of the 5th World Internet Conference (WIC) Kicks off in Wuzhen,Zhejiang Province
    2018-11-09 11:11:21

    This is a high-end dialogue with the vision of a better digital world, and a smart collision of building a community of shared future in cyberspace. On the afternoon of November 7, the plenary session of the 5th WIC was held in Wuzhen. Government representatives, heads of international organizations, Internet business leaders, Internet celebrities, experts and scholars from various countries and regions attended this "thought feast".

    The meeting was divided into two parts: the keynote speech and the dialogue and exchange on the theme of “Wuzhen Talks – Retrospect and Prospect”. The participants believed that as the genes of the Internet, innovation has increasingly become an important engine to lead and drive social and economic development; that the development of a new generation of information infrastructure is the key to the transformation of the consumer Internet to the industrial Internet; that for the development of cloud computing, big data and artificial intelligence, the most important is social responsibility; that it is the common aspiration of all peoples and the common responsibility of the international community to promote connectivity, sharing and collective governance in cyberspace.

    This year marks the fifth anniversary of the WIC. The fruitful achievements of the previous four conferences have deeply impressed the participants. They agreed that the WIC will further enhance dialogue and cooperation on the basis of mutual respect and trust, promote the reform of the global Internet governance system and create a digital world of mutual trust and shared governance, and thus China will make new and greater contributions to the world.

    In the plenary session, Afghan Telecommunications and Information Technology Minister Shahzad Gul Al-Obibi, Romanian Minister of Communications and Information Society Peter Lu Bogdan Korokaru, Microsoft Global Executive Vice President Heung Yeung Shum, Chairman and CEO of Sina Cao Guowei, founder of Kaspersky Lab Eugene Kaspersky, and Chairman and CEO of Inspur Group Sun Yishu delivered keynote speeches; Senior Consultant and Executive Chairman of the World Economic Forum Fadi Chehadé, Senior Vice President of EastWest Institute Bruce McConnell, Founding & Managing Partner of Sequoia Capital Shen Nanpeng, Founder and CEO of NetEase Ding Lei, and Senior Vice President of SAP Clas Neumann, participated in the discussions.

    [Print] [Close]
    """

    static var bytes: [UInt8] { Array(text.utf8) }

    static let title =
        "Plenary Meeting of the 5th World Internet Conference (WIC) Kicks off in Wuzhen,Zhejiang Province"

    /// The four body paragraphs, exactly as the source has them.
    static let paragraphs: [String] = text.split(separator: "\n\n").dropFirst().dropLast().map(String.init)
}
