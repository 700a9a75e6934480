# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::threads::alarm;
check_alarm(1);
pass;
