#include "vn/nd30_table.h"

#include <atomic>

namespace vanthu::vn::nd30 {
namespace {

Table make_decree_table() {
  Table t;
  auto set = [&t](Part p, int min_pt, int max_pt, int chosen_pt, Weight w, Slant s) {
    t[p] = PartRule{2 * min_pt, 2 * max_pt, 2 * chosen_pt, w, s};
  };
  set(Part::ParentOrgan, 12, 13, 13, Weight::Any, Slant::Upright);  // no weight set: regular chosen
  set(Part::Organ, 12, 13, 13, Weight::Bold, Slant::Upright);
  set(Part::NationalName, 12, 13, 13, Weight::Bold, Slant::Upright);
  set(Part::Motto, 13, 14, 14, Weight::Bold, Slant::Upright);
  set(Part::Number, 13, 13, 13, Weight::Any, Slant::Upright);
  set(Part::PlaceDate, 13, 14, 14, Weight::Regular, Slant::Italic);
  set(Part::TypeName, 13, 14, 14, Weight::Bold, Slant::Upright);
  set(Part::Abstract, 13, 14, 14, Weight::Bold, Slant::Upright);
  set(Part::AbstractCongVan, 12, 13, 13, Weight::Regular, Slant::Upright);
  set(Part::Bases, 13, 14, 14, Weight::Any, Slant::Italic);
  set(Part::Body, 13, 14, 14, Weight::Any, Slant::Upright);
  set(Part::Addressee, 13, 14, 14, Weight::Regular, Slant::Upright);
  set(Part::Signer, 13, 14, 14, Weight::Bold, Slant::Upright);
  set(Part::SignerName, 13, 14, 14, Weight::Bold, Slant::Upright);
  set(Part::RecipientsLabel, 12, 12, 12, Weight::Bold, Slant::Italic);
  set(Part::Recipients, 11, 11, 11, Weight::Any, Slant::Upright);
  set(Part::PageNumber, 13, 14, 14, Weight::Regular, Slant::Upright);
  set(Part::Table, 12, 13, 13, Weight::Any, Slant::Any);
  set(Part::AppendixLabel, 14, 14, 14, Weight::Bold, Slant::Any);
  set(Part::Mark, 13, 14, 13, Weight::Bold, Slant::Any);
  set(Part::Drafter, 11, 11, 11, Weight::Any, Slant::Upright);
  set(Part::Address, 11, 12, 11, Weight::Any, Slant::Upright);
  set(Part::SigningStamp, 10, 10, 10, Weight::Any, Slant::Any);
  // PL1 §I.3: top and bottom 20–25, left 30–35, right 15–20 mm.
  t.top = {20, 25, 20};
  t.bottom = {20, 25, 20};
  t.left = {30, 35, 30};
  t.right = {15, 20, 15};
  return t;
}

std::atomic<const Table*> g_in_force{nullptr};

}  // namespace

const Table& decree_table() {
  static const Table t = make_decree_table();
  return t;
}

const Table& table() {
  const Table* t = g_in_force.load(std::memory_order_acquire);
  return t ? *t : decree_table();
}

testing::TableOverride::TableOverride(const Table& altered) : table_(altered) {
  previous_ = g_in_force.exchange(&table_, std::memory_order_acq_rel);
}

testing::TableOverride::~TableOverride() { g_in_force.store(previous_, std::memory_order_release); }

}  // namespace vanthu::vn::nd30
