#pragma once

#include <QString>

namespace omnitill {

// Builds FTS5 text for the product_search table and MATCH expressions for what a person types.
// Chinese has no spaces between words and unicode61 does not split it, so Han characters are
// indexed one per token and searched as a phrase of consecutive characters.
namespace CatalogSearch {

bool isHan(char32_t c);
// "牛奶 Milch" -> "牛 奶 Milch"
QString indexText(const QString& text);
// "mil 牛奶" -> "\"mil\"* \"牛 奶\""; empty when there is nothing searchable.
QString matchExpression(const QString& typed);

} // namespace CatalogSearch

} // namespace omnitill
