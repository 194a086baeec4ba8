#include "model/document.h"

namespace vanthu::model {

const Paragraph& filler_paragraph() {
  static const Paragraph filler = [] {
    Paragraph p;
    p.props.align = Align::Left;
    p.props.line = {LineSpacing::Rule::Exact, 20};  // twips: 1 pt
    p.props.mark.size_half_pt = 2;
    return p;
  }();
  return filler;
}

}  // namespace vanthu::model
