#!/usr/bin/env bash
# Fails when a layer includes what it may not (DESIGN.md §2): core (outside core/devices) never
# includes Widgets, Gui, Network or ui/ headers; core/devices never includes Widgets or ui/.
set -u
root=${1:?source dir}
status=0
core_bad=$(grep -rnE '#include *[<"](Qt(Widgets|Gui|Network)/|Q(Widget|MainWindow|Dialog|PushButton|Application|GuiApplication|Image|Painter|Font|TcpSocket|NetworkAccessManager)\b|ui/)' \
    "$root/core" --include='*.h' --include='*.cpp' | grep -v "^$root/core/devices/")
if [ -n "$core_bad" ]; then
  echo "core includes headers of a higher layer:"; echo "$core_bad"; status=1
fi
devices_bad=$(grep -rnE '#include *[<"](QtWidgets/|Q(Widget|MainWindow|Dialog|PushButton|Application)\b|ui/)' \
    "$root/core/devices" --include='*.h' --include='*.cpp')
if [ -n "$devices_bad" ]; then
  echo "core/devices includes Widgets or UI headers:"; echo "$devices_bad"; status=1
fi
# The hub reuses core's domain code but never the till's store; the wire protocol neither.
if [ -d "$root/sync" ]; then
  hub_bad=$(grep -rnE '#include *"(store/|Till\.h|sale/SaleService)' "$root/sync/hub" "$root/sync/protocol" \
      --include='*.h' --include='*.cpp' 2>/dev/null)
  if [ -n "$hub_bad" ]; then
    echo "the hub or protocol includes the till's store:"; echo "$hub_bad"; status=1
  fi
fi
# Business code reads time only through the injectable clock.
clock_bad=$(grep -rnE 'QDateTime::currentDateTime|QDate::currentDate|system_clock::now' "$root/core" "$root/sync" \
    --include='*.cpp' --include='*.h' | grep -v "$root/core/common/Clock.cpp")
if [ -n "$clock_bad" ]; then
  echo "core reads the wall clock directly:"; echo "$clock_bad"; status=1
fi
[ $status -eq 0 ] && echo "layering: PASS"
exit $status
