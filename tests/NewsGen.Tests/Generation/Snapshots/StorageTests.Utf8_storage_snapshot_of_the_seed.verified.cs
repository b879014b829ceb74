private sealed class Data : NewsArticleData
        {
            internal static readonly Data Instance = new Data();

            private Data()
                : base(
                    new string?[] { global::Test.Articles.Article000_E551924a018df44c.Id, global::Test.Articles.Article000_E551924a018df44c.Title, null, null, global::Test.Articles.Article000_E551924a018df44c.Contributor, global::Test.Articles.Article000_E551924a018df44c.Organization },
                    new int[] { 0, 1, global::Test.Articles.Article000_E551924a018df44c.ParagraphCount, global::Test.Articles.Article000_E551924a018df44c.WordCount, global::Test.Articles.Article000_E551924a018df44c.CreditParagraphIndex, global::Test.Articles.Article000_E551924a018df44c.QuoteCount, 170 },
                    new string?[] { null, null, null, null, null, null, null, null, null, null, null, null, null, null, null },
                    new string?[] { null, null, null, null, null, null, null, null, null, null, null, null, null, null, null },
                    new int[] { 3, 3, 73, 148, 0, -1, 0, 4, 4, 22, 14, 1, -1, 1, 4, 4, 121, 8, 1, -1, -1, 4, 4, 269, 9, 1, -1, 1, 4, 4, 284, 23, 1, -1, 1, 5, 5, 165, 11, 1, -1, 1, 6, 6, 102, 11, 1, -1, 1, 9, 9, 1, 47, 0, -1, 1, 9, 9, 73, 133, 0, -1, 1, 9, 9, 142, 63, 2, 8, -1, 10, 10, 36, 59, 1, -1, 1, 11, 11, 63, 15, 3, -1, -1, 11, 11, 103, 242, 0, -1, 2, 12, 12, 80, 59, 1, -1, 2, 13, 13, 115, 31, 1, -1, 3 },
                    new int[] { 0, 0, 0, 0, 1, 5, 6, 7, 7, 7, 10, 11, 13, 14, 15, 15 },
                    new string[] { "Anthony Scaramucci", "Donald Trump", "Sarah Sanders", "Jeff Sessions" },
                    new string[] { "White House communications director", "President", "White House press secretary", "Attorney General" },
                    new int[] { 0, 1, 9, 11, 12 },
                    new int[] { 0, 1, 3, 4, 5, 6, 7, 8, 10, 12, 13, 14 },
                    new int[] { 0, 170, 171, 116, 288, 107, 396, 222, 619, 308, 928, 177, 1106, 125, 1232, 376, 1609, 155, 1765, 207, 1973, 96, 2070, 346, 2417, 140, 2558, 147, 2706, 51, 469, 148, 641, 14, 740, 8, 888, 9, 903, 23, 1093, 11, 1208, 11, 1766, 47, 1838, 133, 1907, 63, 2009, 59, 2133, 15, 2173, 242, 2497, 59, 2673, 31 })
            {
            }

            public override global::System.ReadOnlySpan<byte> TextUtf8 => global::Test.Articles.Article000_E551924a018df44c.TextUtf8;
        }
    }
}
