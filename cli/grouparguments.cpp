// The groups `recv` joins: its GROUP:PORT arguments and --groups-file, ranges expanded and checked.
#include "grouparguments.h"

#include "grouprange.h"
#include "output.h"

#include <QCoreApplication>

namespace mct::cli {

namespace {

using namespace mct::core;

// recv's context: these messages were recv's own, and keep their translations.
class GroupArgumentsText final
{
    Q_DECLARE_TR_FUNCTIONS(Recv)
};

// Said once per range, not once per group: a range of a thousand would bury everything else.
void warnAbout(const GroupItem &item, const GroupArguments &arguments)
{
    if (const QString advice = rangeAdvice(item.range); !advice.isEmpty()) {
        printWarning(advice);
    }
    const QHostAddress ssm = firstSourceSpecificGroup(item.range);
    if (!ssm.isNull() && arguments.includeSources.isEmpty()) {
        printWarning(GroupArgumentsText::tr("%1 is a source-specific group: name the sender with -s ADDR, or "
                                            "nothing may arrive")
                             .arg(ssm.toString()));
    }
}

} // namespace

Result<QList<JoinRequest>> joinRequests(const GroupArguments &arguments)
{
    using R = Result<QList<JoinRequest>>;
    const auto parsed = parseGroupArguments(arguments.texts, arguments.groupsFile);
    if (!parsed) {
        return R::failure(parsed.error());
    }
    const QList<GroupItem> &items = parsed.value();
    if (items.isEmpty()) {
        return R::failure(GroupArgumentsText::tr("recv needs at least one GROUP:PORT, e.g. mctester recv "
                                                 "239.1.2.3:5000"));
    }
    const auto endpoints = expandGroups(items, arguments.force);
    if (!endpoints) {
        return R::failure(endpoints.error());
    }
    for (const GroupItem &item : std::as_const(items)) {
        // The receiver's own check of the sources against the group, made here so that it is bad input.
        const JoinRequest first{{item.range.first, item.range.firstPort},
                                arguments.interfaceName,
                                arguments.includeSources,
                                arguments.excludeSources};
        if (const QString problem = first.sourceProblem(); !problem.isEmpty()) {
            return R::failure(problem);
        }
        warnAbout(item, arguments);
    }
    QList<JoinRequest> requests;
    requests.reserve(endpoints.value().size());
    for (const Endpoint &endpoint : endpoints.value()) {
        requests.append(JoinRequest{endpoint, arguments.interfaceName, arguments.includeSources,
                                    arguments.excludeSources});
    }
    return R::success(requests);
}

} // namespace mct::cli
