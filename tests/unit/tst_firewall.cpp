// The doctor's reading of firewall rules: what drops a UDP port outright, what only might.
#include "doctor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using mct::core::FirewallVerdict;

class TestFirewall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nft_data();
    void nft();
    void nftFamily_data();
    void nftFamily();
    void iptables_data();
    void iptables();
    void fix_namesTheRulesOwnTableAndChain_data();
    void fix_namesTheRulesOwnTableAndChain();
};

namespace {

// An nft ruleset as `nft list ruleset` prints it, with the rule in the given hook's chain.
QString nftRuleset(const QString &hook, const QString &rule, const QString &policy = u"accept"_s)
{
    return u"table inet filter {\n\tchain %1 {\n\t\ttype filter hook %1 priority filter; policy %3;\n"
           "\t\t%2\n\t}\n}\n"_s.arg(hook, rule, policy);
}

enum class Expect : quint8 {
    Nothing,
    Drops,
    MayDrop
};

void compareVerdict(const FirewallVerdict &v, Expect expect)
{
    const QString seen = u"drops [%1] may [%2]"_s.arg(v.drops.join(u" | "_s), v.mayDrop.join(u" | "_s));
    QVERIFY2(v.drops.isEmpty() == (expect != Expect::Drops), qPrintable(seen));
    QVERIFY2(v.mayDrop.isEmpty() == (expect != Expect::MayDrop), qPrintable(seen));
}

} // namespace

void TestFirewall::nft_data()
{
    QTest::addColumn<QString>("ruleset");
    QTest::addColumn<int>("expect");
    const auto in = [](const QString &rule) { return nftRuleset(u"input"_s, rule); };
    QTest::newRow("port dropped") << in(u"udp dport 5000 counter packets 3 bytes 180 drop"_s)
                                  << int(Expect::Drops);
    QTest::newRow("port rejected in a set") << in(u"udp dport { 53, 5000 } reject"_s) << int(Expect::Drops);
    QTest::newRow("port in a range") << in(u"udp dport 4000-6000 drop"_s) << int(Expect::Drops);
    QTest::newRow("another port only") << in(u"udp dport 50001 drop"_s) << int(Expect::Nothing);
    QTest::newRow("range without the port") << in(u"udp dport 5001-6000 drop"_s) << int(Expect::Nothing);
    QTest::newRow("tcp only") << in(u"tcp dport 5000 drop"_s) << int(Expect::Nothing);
    QTest::newRow("port accepted") << in(u"udp dport 5000 accept"_s) << int(Expect::Nothing);
    QTest::newRow("a source dropped") << in(u"ip saddr 10.1.1.1 drop"_s) << int(Expect::MayDrop);
    QTest::newRow("port from one source")
            << in(u"ip saddr 10.1.1.1 udp dport 5000 drop"_s) << int(Expect::MayDrop);
    QTest::newRow("port on one interface")
            << in(u"iifname \"eth1\" udp dport 5000 drop"_s) << int(Expect::MayDrop);
    QTest::newRow("a share of the port")
            << in(u"udp dport 5000 numgen inc mod 10 0 drop"_s) << int(Expect::MayDrop);
    QTest::newRow("all udp") << in(u"meta l4proto udp drop"_s) << int(Expect::MayDrop);
    QTest::newRow("on the way out") << nftRuleset(u"output"_s, u"udp dport 5000 drop"_s)
                                    << int(Expect::Nothing);
    QTest::newRow("forwarded") << nftRuleset(u"forward"_s, u"udp dport 5000 drop"_s) << int(Expect::Nothing);
    QTest::newRow("input drops by default")
            << nftRuleset(u"input"_s, u"tcp dport 22 accept"_s, u"drop"_s) << int(Expect::MayDrop);
    QTest::newRow("rejected with icmp")
            << in(u"udp dport 5000 reject with icmp port-unreachable"_s) << int(Expect::Drops);
    QTest::newRow("rejected with icmpx")
            << in(u"udp dport 5000 reject with icmpx admin-prohibited"_s) << int(Expect::Drops);
    QTest::newRow("counter and comment")
            << in(u"ip protocol udp udp dport 5000 counter packets 3 bytes 180 drop comment \"no\""_s)
            << int(Expect::Drops);
    QTest::newRow("every port but this one") << in(u"udp dport != 5000 drop"_s) << int(Expect::MayDrop);
    QTest::newRow("invalid state only")
            << in(u"udp dport 5000 ct state invalid drop"_s) << int(Expect::MayDrop);
    QTest::newRow("over a quota") << in(u"udp dport 5000 quota over 10 mbytes drop"_s)
                                  << int(Expect::MayDrop);
    QTest::newRow("accepted, comment says drop")
            << in(u"udp dport 5000 accept comment \"never drop\""_s) << int(Expect::Nothing);
    QTest::newRow("sctp") << in(u"sctp dport 5000 drop"_s) << int(Expect::Nothing);
    QTest::newRow("docker isolation") << in(u"oifname \"docker0\" drop"_s) << int(Expect::Nothing);
    QTest::newRow("accepted from some first")
            << in(u"ip saddr 10.0.0.0/8 udp dport 5000 accept\n\t\tudp dport 5000 drop"_s)
            << int(Expect::MayDrop);
    QTest::newRow("empty") << QString() << int(Expect::Nothing);
}

void TestFirewall::nft()
{
    QFETCH(QString, ruleset);
    QFETCH(int, expect);
    const FirewallVerdict v = mct::core::judgeNftRules(ruleset, 5000, false);
    compareVerdict(v, Expect(expect));
    for (const QString &line : v.drops + v.mayDrop) {
        QVERIFY2(line.startsWith(u"nft: "_s), qPrintable(line)); // the user sees which rule
    }
}

void TestFirewall::nftFamily_data()
{
    // The same port-dropping rule, in tables of each family, for an IPv4 and an IPv6 group.
    QTest::addColumn<QString>("ruleset");
    QTest::addColumn<bool>("ipv6");
    QTest::addColumn<int>("expect");
    const auto table = [](const QString &family, const QString &rule) {
        return QString(nftRuleset(u"input"_s, rule)).replace(u"table inet "_s, u"table %1 "_s.arg(family));
    };
    const QString drop = u"udp dport 5000 drop"_s;
    for (const bool v6 : {false, true}) {
        const char *group = v6 ? "IPv6 group" : "IPv4 group";
        QTest::addRow("%s, table inet", group) << table(u"inet"_s, drop) << v6 << int(Expect::Drops);
        QTest::addRow("%s, table ip", group)
                << table(u"ip"_s, drop) << v6 << int(v6 ? Expect::Nothing : Expect::Drops);
        QTest::addRow("%s, table ip6", group)
                << table(u"ip6"_s, drop) << v6 << int(v6 ? Expect::Drops : Expect::Nothing);
        QTest::addRow("%s, table netdev", group) << table(u"netdev"_s, drop) << v6 << int(Expect::Drops);
        QTest::addRow("%s, table arp", group) << table(u"arp"_s, drop) << v6 << int(Expect::Nothing);
        QTest::addRow("%s, inet rule for IPv4 sources", group)
                << table(u"inet"_s, u"ip saddr 10.0.0.0/8 udp dport 5000 drop"_s) << v6
                << int(v6 ? Expect::Nothing : Expect::MayDrop);
        QTest::addRow("%s, inet rule for IPv6 sources", group)
                << table(u"inet"_s, u"ip6 saddr 2001:db8::/32 udp dport 5000 drop"_s) << v6
                << int(v6 ? Expect::MayDrop : Expect::Nothing);
        QTest::addRow("%s, inet rule via ip protocol", group)
                << table(u"inet"_s, u"ip protocol udp udp dport 5000 drop"_s) << v6
                << int(v6 ? Expect::Nothing : Expect::Drops);
        QTest::addRow("%s, inet rule for nfproto ipv6", group)
                << table(u"inet"_s, u"meta nfproto ipv6 udp dport 5000 drop"_s) << v6
                << int(v6 ? Expect::MayDrop : Expect::Nothing);
        // An accept of the other family before the drop does not soften it.
        QTest::addRow("%s, IPv4 accept first", group)
                << table(u"inet"_s, u"ip saddr 10.0.0.0/8 udp dport 5000 accept\n\t\tudp dport 5000 drop"_s)
                << v6 << int(v6 ? Expect::Drops : Expect::MayDrop);
    }
    // An ip table's default drop does not touch IPv6; a later inet table is judged again.
    QTest::newRow("IPv6 group, ip table drops by default, inet table drops the port")
            << QString(nftRuleset(u"input"_s, u"tcp dport 22 accept"_s, u"drop"_s))
                               .replace(u"table inet "_s, u"table ip "_s)
                       + nftRuleset(u"input"_s, drop)
            << true << int(Expect::Drops);
}

void TestFirewall::nftFamily()
{
    QFETCH(QString, ruleset);
    QFETCH(bool, ipv6);
    QFETCH(int, expect);
    compareVerdict(mct::core::judgeNftRules(ruleset, 5000, ipv6), Expect(expect));
}

void TestFirewall::iptables_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<int>("expect");
    const QString header = u"-P INPUT ACCEPT\n-P FORWARD ACCEPT\n-P OUTPUT ACCEPT\n"_s;
    QTest::newRow("port dropped") << header + u"-A INPUT -p udp -m udp --dport 5000 -j DROP\n"_s
                                  << int(Expect::Drops);
    QTest::newRow("port among several")
            << header + u"-A INPUT -p udp -m multiport --dports 53,5000 -j REJECT\n"_s << int(Expect::Drops);
    QTest::newRow("port range") << header + u"-A INPUT -p udp -m udp --dport 4000:6000 -j DROP\n"_s
                                << int(Expect::Drops);
    QTest::newRow("another port") << header + u"-A INPUT -p udp -m udp --dport 5001 -j DROP\n"_s
                                  << int(Expect::Nothing);
    QTest::newRow("tcp") << header + u"-A INPUT -p tcp -m tcp --dport 5000 -j DROP\n"_s
                         << int(Expect::Nothing);
    QTest::newRow("every tenth")
            << header + u"-A INPUT -p udp -m udp --dport 5000 -m statistic --mode nth --every 10 --packet 0 -j DROP\n"_s
            << int(Expect::MayDrop);
    QTest::newRow("every port but this one")
            << header + u"-A INPUT -p udp -m udp ! --dport 5000 -j DROP\n"_s << int(Expect::MayDrop);
    QTest::newRow("invalid state") << header + u"-A INPUT -m conntrack --ctstate INVALID -j DROP\n"_s
                                   << int(Expect::MayDrop);
    QTest::newRow("new connections")
            << header + u"-A INPUT -p udp -m udp --dport 5000 -m conntrack --ctstate NEW -j DROP\n"_s
            << int(Expect::MayDrop);
    QTest::newRow("sctp") << header + u"-A INPUT -p sctp -m sctp --dport 5000 -j DROP\n"_s
                          << int(Expect::Nothing);
    QTest::newRow("a target named like DROP")
            << header + u"-A INPUT -p udp -m udp --dport 5000 -j DROPLOG\n"_s << int(Expect::Nothing);
    QTest::newRow("docker isolation")
            << header + u"-A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP\n"_s << int(Expect::Nothing);
    QTest::newRow("rejected with a comment")
            << header
                       + u"-A INPUT -p udp -m udp --dport 5000 -m comment --comment \"block it\" -j REJECT "
                         "--reject-with icmp-port-unreachable\n"_s
            << int(Expect::Drops);
    QTest::newRow("accepted from some first")
            << header
                       + u"-A INPUT -s 10.0.0.0/8 -p udp -m udp --dport 5000 -j ACCEPT\n"
                         "-A INPUT -p udp -m udp --dport 5000 -j DROP\n"_s
            << int(Expect::MayDrop);
    QTest::newRow("a source") << header + u"-A INPUT -s 10.1.1.1/32 -j DROP\n"_s << int(Expect::MayDrop);
    QTest::newRow("on the way out") << header + u"-A OUTPUT -p udp -m udp --dport 5000 -j DROP\n"_s
                                    << int(Expect::Nothing);
    QTest::newRow("input drops by default")
            << u"-P INPUT DROP\n-A INPUT -p tcp --dport 22 -j ACCEPT\n"_s << int(Expect::MayDrop);
}

void TestFirewall::iptables()
{
    QFETCH(QString, rules);
    QFETCH(int, expect);
    compareVerdict(mct::core::judgeIptablesRules(rules, 5000, u"iptables"_s), Expect(expect));
}

void TestFirewall::fix_namesTheRulesOwnTableAndChain_data()
{
    // The suggested command must go where the rule is: a fix in a table that does not exist fails,
    // and one in another chain would not come before the rule.
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("rules");
    QTest::addColumn<bool>("drops");
    QTest::addColumn<QString>("fix");
    QTest::newRow("nft, own table and chain")
            << u"nft"_s
            << u"table ip fw {\n\tchain in {\n\t\ttype filter hook input priority 0; policy accept;\n"
               "\t\tudp dport 5000 drop\n\t}\n}\n"_s
            << true << u"nft insert rule ip fw in udp dport 5000 accept"_s;
    QTest::newRow("nft, the second table's input chain")
            << u"nft"_s
            << u"table inet a {\n\tchain out {\n\t\ttype filter hook output priority 0; policy accept;\n"
               "\t\tudp dport 5000 drop\n\t}\n}\ntable inet b {\n\tchain INPUT {\n\t\ttype filter "
               "hook input priority 0; policy accept;\n\t\tudp dport 5000 reject\n\t}\n}\n"_s
            << true << u"nft insert rule inet b INPUT udp dport 5000 accept"_s;
    QTest::newRow("nft, policy drop")
            << u"nft"_s << nftRuleset(u"input"_s, u"tcp dport 22 accept"_s, u"drop"_s) << false
            << u"nft insert rule inet filter input udp dport 5000 accept"_s;
    QTest::newRow("iptables, custom chain")
            << u"iptables"_s << u"-A ufw-user-input -p udp --dport 5000 -j DROP"_s << true
            << u"iptables -I ufw-user-input -p udp --dport 5000 -j ACCEPT"_s;
    QTest::newRow("iptables, policy drop") << u"iptables"_s << u"-P INPUT DROP"_s << false
                                           << u"iptables -I INPUT -p udp --dport 5000 -j ACCEPT"_s;
}

void TestFirewall::fix_namesTheRulesOwnTableAndChain()
{
    QFETCH(QString, tool);
    QFETCH(QString, rules);
    QFETCH(bool, drops);
    QFETCH(QString, fix);
    const FirewallVerdict v = tool == u"nft"_s ? mct::core::judgeNftRules(rules, 5000, false)
                                               : mct::core::judgeIptablesRules(rules, 5000, tool);
    compareVerdict(v, drops ? Expect::Drops : Expect::MayDrop);
    QCOMPARE(drops ? v.dropsFix : v.mayDropFix, fix);
}

QTEST_GUILESS_MAIN(TestFirewall)

#include "tst_firewall.moc"
