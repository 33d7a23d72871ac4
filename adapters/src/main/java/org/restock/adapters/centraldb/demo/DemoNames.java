package org.restock.adapters.centraldb.demo;

import java.util.List;

/** Word lists for readable demo names: planner groups, supplier names and product names. */
final class DemoNames {

    /** A planner group with the trade word its suppliers use and the products they sell. */
    record Category(String plannerGroup, String tradeWord, List<String> products, List<String> variants,
                    double minUnitCost, double maxUnitCost) {
    }

    static final List<Category> CATEGORIES = List.of(
            new Category("Kitchen & Dining", "Housewares",
                    List.of("Enamel Casserole", "Chef's Knife", "Cast Iron Skillet", "Stainless Saucepan",
                            "Bamboo Cutting Board", "Glass Storage Jar", "Stoneware Dinner Plate", "Espresso Cup Set",
                            "Silicone Spatula", "Pepper Mill", "Salad Bowl", "Baking Tray", "Measuring Jug",
                            "Wine Glass Set", "Cutlery Set", "Colander"),
                    List.of("16 cm", "20 cm", "24 cm", "28 cm", "Slate Grey", "Cream", "Sage", "Set of 4"), 2.5, 85),
            new Category("Home Textiles", "Textiles",
                    List.of("Cotton Bath Towel", "Linen Duvet Cover", "Fitted Sheet", "Wool Throw", "Cushion Cover",
                            "Blackout Curtain", "Bath Mat", "Feather Pillow", "Hand Towel", "Table Runner",
                            "Tablecloth", "Waffle Bathrobe", "Mattress Protector", "Beach Towel", "Napkin Set"),
                    List.of("Single", "Double", "King", "White", "Charcoal", "Ochre", "Navy", "Blush"), 4, 120),
            new Category("Garden & Outdoor", "Garden Supply",
                    List.of("Terracotta Pot", "Garden Hose", "Pruning Shears", "Bird Feeder", "Watering Can",
                            "Solar Lantern", "Raised Bed Kit", "Compost Bin", "Garden Gloves", "Seed Tray",
                            "Hose Reel", "Plant Support Ring", "Folding Chair", "Parasol Base", "Lawn Rake"),
                    List.of("Small", "Medium", "Large", "10 m", "25 m", "Green", "Anthracite", "Pack of 6"), 1.5, 150),
            new Category("Tools & Hardware", "Tools",
                    List.of("Claw Hammer", "Cordless Drill", "Screwdriver Set", "Spirit Level", "Tape Measure",
                            "Socket Set", "Utility Knife", "Wood Screws", "Wall Plugs", "Combination Pliers",
                            "Hex Key Set", "Sanding Sheets", "Work Light", "Extension Reel", "Stud Finder"),
                    List.of("Compact", "Pro", "5 m", "8 m", "Box of 100", "Box of 500", "12 V", "18 V"), 0.8, 180),
            new Category("Toys & Games", "Toys",
                    List.of("Wooden Train Set", "Building Blocks", "Jigsaw Puzzle", "Plush Bear", "Board Game",
                            "Marble Run", "Kite", "Skipping Rope", "Play Dough Set", "Toy Kitchen", "Card Game",
                            "Rocking Horse", "Dolls' House", "Magnetic Tiles", "Spinning Top"),
                    List.of("Junior", "Classic", "Deluxe", "500 pieces", "1000 pieces", "Red", "Blue", "Travel Size"),
                    2, 95),
            new Category("Sports & Fitness", "Sports",
                    List.of("Yoga Mat", "Dumbbell Pair", "Resistance Band", "Foam Roller", "Water Bottle",
                            "Running Belt", "Jump Rope", "Kettlebell", "Tennis Balls", "Cycling Gloves",
                            "Swim Goggles", "Gym Bag", "Pull-up Bar", "Ab Wheel", "Sweatband Set"),
                    List.of("2 kg", "5 kg", "8 kg", "Light", "Medium", "Heavy", "Black", "Teal"), 3, 110),
            new Category("Pet Supplies", "Pet Products",
                    List.of("Dog Lead", "Cat Scratching Post", "Pet Bed", "Chew Toy", "Food Bowl", "Cat Litter",
                            "Dog Shampoo", "Bird Seed Mix", "Aquarium Filter", "Grooming Brush", "Pet Carrier",
                            "Training Treats", "Dog Harness", "Cat Tunnel", "Poop Bags"),
                    List.of("XS", "S", "M", "L", "XL", "5 kg", "10 kg", "Pack of 12"), 1.2, 75),
            new Category("Office & Stationery", "Office Supply",
                    List.of("Ring Binder", "Gel Pen", "Copy Paper", "Sticky Notes", "Desk Organiser",
                            "Stapler", "Notebook", "Highlighter Set", "Lever Arch File", "Envelopes",
                            "Whiteboard Marker", "Paper Clips", "Desk Lamp", "Label Tape", "Document Wallet"),
                    List.of("A4", "A5", "Black", "Blue", "Assorted", "Pack of 10", "Box of 500", "Recycled"), 0.5,
                    60));

    /** Forty distinct company names, one per supplier. */
    static final List<String> COMPANIES = List.of(
            "Alder & Finch", "Ashdown", "Bellhaven", "Blue Heron", "Brightwell", "Cobalt Bay", "Copperline",
            "Driftwood", "Eastgate", "Emberly", "Fairholm", "Fernhill", "Foxglove", "Goldcrest", "Granite Peak",
            "Greenacre", "Highmoor", "Hollybrook", "Juniper", "Kestrel", "Kingsway", "Lakeshore", "Larkspur",
            "Linden Mills", "Meadowgate", "Millbrook", "Morningside", "Nordic Hearth", "Northwind", "Oakridge",
            "Orchard Row", "Pinecrest", "Primrose", "Quayside", "Redcliff", "Rosehill", "Saltmarsh", "Silverfern",
            "Stonebridge", "Tidewater", "Valemont", "Westbrook", "Willowby", "Wrenfield");

    static final List<String> LEGAL_FORMS = List.of("Ltd", "GmbH", "B.V.", "S.A.", "AB", "Inc.", "A/S", "S.r.l.");

    static final List<String> MAILBOXES = List.of("orders", "purchasing", "sales", "supply", "po-desk");

    private DemoNames() {
    }

    /** {@code "Alder & Finch"} → {@code "alder-finch"}: a host name part. */
    static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
