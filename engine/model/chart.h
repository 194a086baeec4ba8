// A chart's data, as the realiser computed it from the report's figures:
// what the DOCX writer turns into a native chart part (word/charts/chartN.xml,
// editable in Word and LibreOffice) and what the chart geometry
// (realise/chart.cpp) turns into the model::Drawing the PDF draws.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace vanthu::model {

struct Chart {
  enum class Kind { Bar };  // vertical bars, one per category (Word: c:barChart, barDir col)

  struct Series {
    std::string name;                 // the series' name (the chart's caption text)
    std::vector<double> values;       // one per category
    std::vector<std::string> texts;   // the values as printed over the bars ("1.234", "95,5")
    Drawing::Color color;             // bar fill
  };

  Kind kind = Kind::Bar;
  std::vector<std::string> categories;  // the bar labels, in order
  std::vector<Series> series;
  int decimals = 0;                     // digits after the decimal comma of the values
  std::string value_unit;               // shown as "(unit)" over the value axis; may be empty
  // The value axis as the geometry drew it, so that Word and LibreOffice
  // use the same scale and grid lines.
  double axis_min = 0;
  double axis_max = 1;
  double major_unit = 1;
  Drawing::Color grid_color;
  // The plot area (inside the axes) in points from the picture's top left,
  // and the picture's size: the chart part places its plot area there.
  double plot_x = 0, plot_y = 0, plot_width = 0, plot_height = 0;
  double width_pt = 0, height_pt = 0;
  int gap_width_percent = 82;  // gap between bars, in % of a bar's width (Word's c:gapWidth)
  double font_size_pt = 11;        // the bar labels' size in the drawing (shrunk when there are many bars)
  double value_font_size_pt = 11;  // the values' size over the bars (bold)
  double axis_font_size_pt = 11;   // tick labels and the unit
};

}  // namespace vanthu::model
