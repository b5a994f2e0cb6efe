// The groups `recv` joins: its GROUP:PORT arguments and --groups-file, ranges expanded and checked.
#pragma once

#include "receiver.h"

#include <QStringList>

namespace mct::cli {

struct GroupArguments
{
    QStringList texts;  // GROUP:PORT or range arguments
    QString groupsFile; // --groups-file; empty: none
    bool force = false; // --force: more than core::kMaxGroupsUnforced
    QString interfaceName;
    QList<QHostAddress> includeSources;
    QList<QHostAddress> excludeSources;
};

// Every join asked for, or the first mistake (bad input: exit 2), found before anything is joined.
// Advice (a reserved group, a source-specific group without -s) is printed once per range.
[[nodiscard]] core::Result<QList<core::JoinRequest>> joinRequests(const GroupArguments &arguments);

} // namespace mct::cli
