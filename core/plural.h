// Plural forms for counts bigger than tr()'s int.
#pragma once

#include <QtGlobal>

#include <limits>

namespace mct::core {

// The n that picks a message's plural form (tr(text, nullptr, n)) for a count of any size: the
// number itself goes in as an argument (%1), so counts past 2^31 still print right.
[[nodiscard]] constexpr int pluralSelector(quint64 count)
{
    return count > quint64(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max() : int(count);
}

} // namespace mct::core
