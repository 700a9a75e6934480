# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected([<<'EOF']);
(unit-fixed-point) begin
(unit-fixed-point) raw(1) = 16384
(unit-fixed-point) trunc(-3) = -3
(unit-fixed-point) trunc(7/2) = 3
(unit-fixed-point) round(7/2) = 4
(unit-fixed-point) trunc(-7/2) = -3
(unit-fixed-point) round(-7/2) = -4
(unit-fixed-point) round(10/3) = 3
(unit-fixed-point) round(-10/3) = -3
(unit-fixed-point) raw(59/60) = 16110
(unit-fixed-point) (5/2)*(3/2)*100 = 375
(unit-fixed-point) (-5/2)*(3/2)*100 = -375
(unit-fixed-point) (9/4)/(3/2)*100 = 150
(unit-fixed-point) (7)+(1/2)-2 = 55
(unit-fixed-point) 1000*100 (no overflow) = 100000
(unit-fixed-point) 100000/1000 = 100
(unit-fixed-point) 100*load_avg(1 s) = 2
(unit-fixed-point) 100*load_avg(60 s) = 63
(unit-fixed-point) recent_cpu = 65
(unit-fixed-point) priority = 57
(unit-fixed-point) end
EOF
pass;
