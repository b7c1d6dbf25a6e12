"""The demo loader: seeds the content of portal/demo/data into the portal, one module per
content area, through the domain apps' own models and functions; safe to run again."""
