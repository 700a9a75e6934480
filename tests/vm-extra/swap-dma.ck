# -*- perl -*-
use strict;
use warnings;
use tests::tests;
require 'tests/vm-extra/swap-pages.pm';
check_swap_pages('swap-dma', 'ide: bus-master DMA at port 0xc000 (PCI 00:01.1)');
pass;
