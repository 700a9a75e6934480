# -*- perl -*-
use strict;
use warnings;
use tests::tests;
require 'tests/vm-extra/swap-pages.pm';
check_swap_pages('swap-pio', 'ide: DMA off (-nodma), PIO only');
pass;
