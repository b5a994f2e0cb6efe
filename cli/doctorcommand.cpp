// `mctester doctor GROUP:PORT`: explains why multicast may not arrive; exit 1 when a check fails.
#include "commands.h"
#include "doctor.h"
#include "exitcode.h"
#include "grouprange.h"
#include "output.h"
#include "validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mct::cli {

namespace {

using namespace mct::core;

class DoctorCliText final
{
    Q_DECLARE_TR_FUNCTIONS(DoctorCommand)
};

} // namespace

int runDoctorCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DoctorCliText::tr(
            "Check this host for the usual reasons multicast does not arrive: interface, route, reverse-path "
            "filter, IGMP/MLD version, firewall, port users, kernel membership after a test join, and "
            "traffic.\n"
            "Exit status: 0 nothing failed, 1 a check failed, 2 bad usage."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  DoctorCliText::tr("Show this help."));
    const QCommandLineOption interfaceOpt(
            {QStringLiteral("i"), QStringLiteral("interface")},
            DoctorCliText::tr("Check this interface (default: every multicast-capable one)."),
            DoctorCliText::tr("NAME"));
    const QCommandLineOption sourceOpt(
            {QStringLiteral("s"), QStringLiteral("source")},
            DoctorCliText::tr("Source-specific join from this sender (repeatable)."),
            DoctorCliText::tr("ADDR"));
    const QCommandLineOption ttlOpt({QStringLiteral("t"), QStringLiteral("ttl")},
                                    DoctorCliText::tr("The TTL your sender uses (default 1)."),
                                    DoctorCliText::tr("N"), QStringLiteral("1"));
    const QCommandLineOption waitOpt(
            {QStringLiteral("w"), QStringLiteral("wait"), QStringLiteral("timeout")},
            DoctorCliText::tr("Seconds to listen for packets after joining (default 3)."),
            DoctorCliText::tr("SECS"), QStringLiteral("3"));
    const QCommandLineOption querierTimeoutOpt(
            QStringLiteral("querier-timeout"),
            DoctorCliText::tr("Listen up to SECS for an IGMP/MLD querier (default: as long as --wait; "
                              "queriers ask every 125 s by default)."),
            DoctorCliText::tr("SECS"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), DoctorCliText::tr("One JSON object per check."));
    parser.addOptions({help, interfaceOpt, sourceOpt, ttlOpt, waitOpt, querierTimeoutOpt, jsonOpt});
    parser.addPositionalArgument(QStringLiteral("GROUP:PORT"),
                                 DoctorCliText::tr("The group to check, e.g. 239.1.2.3:5000."));

    QStringList parseArgs = args;
    parseArgs.removeAt(1);
    parseArgs[0] = args.at(0) + QStringLiteral(" doctor");
    if (!parser.parse(parseArgs)) {
        printError(DoctorCliText::tr("%1 (see mctester doctor --help)").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        printHelp(parser, QStringLiteral("doctor"));
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        printError(DoctorCliText::tr("doctor needs one GROUP:PORT, e.g. mctester doctor 239.1.2.3:5000"));
        return ExitUsage;
    }
    DoctorOptions options;
    const auto endpoint = parseSingleEndpoint(parser.positionalArguments().constFirst());
    if (!endpoint) {
        printError(endpoint.error());
        return ExitUsage;
    }
    options.endpoint = endpoint.value();
    options.interfaceName = parser.value(interfaceOpt);
    for (const QString &text : parser.values(sourceOpt)) {
        const auto a = parseAddress(text, DoctorCliText::tr("source"));
        if (!a) {
            printError(a.error());
            return ExitUsage;
        }
        options.sources.append(a.value());
    }
    const auto ttl = parseTtl(parser.value(ttlOpt));
    if (!ttl) {
        printError(ttl.error());
        return ExitUsage;
    }
    options.senderTtl = ttl.value();
    bool ok = false;
    const double wait = parser.value(waitOpt).toDouble(&ok);
    if (!ok || wait < 0 || wait > 3600) {
        printError(DoctorCliText::tr("wait \"%1\" is not valid; use seconds from 0 to 3600")
                           .arg(parser.value(waitOpt)));
        return ExitUsage;
    }
    options.listenMs = int(wait * 1000);
    if (parser.isSet(querierTimeoutOpt)) {
        const auto timeout =
                parseSeconds(parser.value(querierTimeoutOpt), DoctorCliText::tr("querier timeout"));
        if (!timeout || timeout.value() > 3600) {
            printError(timeout ? DoctorCliText::tr("querier timeout \"%1\" is not valid; use seconds greater "
                                                   "than 0 and at most 3600")
                                         .arg(parser.value(querierTimeoutOpt))
                               : timeout.error());
            return ExitUsage;
        }
        options.querierListenMs = int(timeout.value() * 1000);
    }

    const DoctorReport report = runDoctor(options);
    for (const DoctorCheck &check : report.checks) {
        if (parser.isSet(jsonOpt)) {
            printJson(doctorCheckToJson(check));
            continue;
        }
        const QString status = check.status == CheckStatus::Pass   ? DoctorCliText::tr("PASS")
                               : check.status == CheckStatus::Warn ? DoctorCliText::tr("WARN")
                                                                   : DoctorCliText::tr("FAIL");
        printLine(QStringLiteral("%1  %2: %3").arg(status, check.id, check.summary));
        if (!check.fix.isEmpty()) {
            printLine(DoctorCliText::tr("      fix: %1").arg(check.fix));
        }
    }
    flushOutput();
    return report.failed() ? ExitTooLittle : ExitOk;
}

} // namespace mct::cli
