from nearer.cli import main

raise SystemExit(main())
