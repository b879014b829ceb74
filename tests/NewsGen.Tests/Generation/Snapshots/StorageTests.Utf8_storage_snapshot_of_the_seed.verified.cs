private sealed class Data : NewsArticleData
        {
            internal static readonly Data Instance = new Data();

            public override string Id => global::Test.Articles.Article000_E551924a018df44c.Id;
            public override string Title => global::Test.Articles.Article000_E551924a018df44c.Title;
            public override string Contributor => global::Test.Articles.Article000_E551924a018df44c.Contributor;
            public override string Organization => global::Test.Articles.Article000_E551924a018df44c.Organization;
            public override string Lede => Decode(global::Test.Articles.Article000_E551924a018df44c.Paragraph1Utf8.Slice(0, 170));
            public override string Text => Decode(global::Test.Articles.Article000_E551924a018df44c.TextUtf8);
            public override bool HasTitle => global::Test.Articles.Article000_E551924a018df44c.HasTitle;
            public override bool HasCredit => global::Test.Articles.Article000_E551924a018df44c.HasCredit;
            public override int ParagraphCount => global::Test.Articles.Article000_E551924a018df44c.ParagraphCount;
            public override int WordCount => global::Test.Articles.Article000_E551924a018df44c.WordCount;
            public override int CreditParagraphIndex => global::Test.Articles.Article000_E551924a018df44c.CreditParagraphIndex;
            public override global::System.ReadOnlySpan<byte> TextUtf8 => global::Test.Articles.Article000_E551924a018df44c.TextUtf8;

            public override string GetParagraph(int index) => Decode(GetParagraphUtf8(index));

            public override global::System.ReadOnlySpan<byte> GetParagraphUtf8(int index)
            {
                switch (index)
                {
                    case 0: return global::Test.Articles.Article000_E551924a018df44c.Paragraph1Utf8;
                    case 1: return global::Test.Articles.Article000_E551924a018df44c.Paragraph2Utf8;
                    case 2: return global::Test.Articles.Article000_E551924a018df44c.Paragraph3Utf8;
                    case 3: return global::Test.Articles.Article000_E551924a018df44c.Paragraph4Utf8;
                    case 4: return global::Test.Articles.Article000_E551924a018df44c.Paragraph5Utf8;
                    case 5: return global::Test.Articles.Article000_E551924a018df44c.Paragraph6Utf8;
                    case 6: return global::Test.Articles.Article000_E551924a018df44c.Paragraph7Utf8;
                    case 7: return global::Test.Articles.Article000_E551924a018df44c.Paragraph8Utf8;
                    case 8: return global::Test.Articles.Article000_E551924a018df44c.Paragraph9Utf8;
                    case 9: return global::Test.Articles.Article000_E551924a018df44c.Paragraph10Utf8;
                    case 10: return global::Test.Articles.Article000_E551924a018df44c.Paragraph11Utf8;
                    case 11: return global::Test.Articles.Article000_E551924a018df44c.Paragraph12Utf8;
                    case 12: return global::Test.Articles.Article000_E551924a018df44c.Paragraph13Utf8;
                    case 13: return global::Test.Articles.Article000_E551924a018df44c.Paragraph14Utf8;
                    case 14: return global::Test.Articles.Article000_E551924a018df44c.Paragraph15Utf8;
                    default: throw new global::System.ArgumentOutOfRangeException(nameof(index));
                }
            }

            private static readonly int[] s_quoteFacts = { 3, 3, 73, 148, 0, -1, 0, 4, 4, 22, 14, 1, -1, 1, 4, 4, 121, 8, 1, -1, -1, 4, 4, 269, 9, 1, -1, 1, 4, 4, 284, 23, 1, -1, 1, 5, 5, 165, 11, 1, -1, 1, 6, 6, 102, 11, 1, -1, 1, 9, 9, 1, 47, 0, -1, 1, 9, 9, 73, 133, 0, -1, 1, 9, 9, 142, 63, 2, 8, -1, 10, 10, 36, 59, 1, -1, 1, 11, 11, 63, 15, 3, -1, -1, 11, 11, 103, 242, 0, -1, 2, 12, 12, 80, 59, 1, -1, 2, 13, 13, 115, 31, 1, -1, 3 };
            private static readonly int[] s_paragraphQuoteStarts = { 0, 0, 0, 0, 1, 5, 6, 7, 7, 7, 10, 11, 13, 14, 15, 15 };
            private static readonly string[] s_speakerNames = { "Anthony Scaramucci", "Donald Trump", "Sarah Sanders", "Jeff Sessions" };
            private static readonly string[] s_speakerRoles = { "White House communications director", "President", "White House press secretary", "Attorney General" };
            private static readonly int[] s_speakerQuoteStarts = { 0, 1, 9, 11, 12 };
            private static readonly int[] s_speakerQuotes = { 0, 1, 3, 4, 5, 6, 7, 8, 10, 12, 13, 14 };

            public override int QuoteCount => global::Test.Articles.Article000_E551924a018df44c.QuoteCount;
            public override int[] QuoteFacts => s_quoteFacts;
            public override int[] ParagraphQuoteStarts => s_paragraphQuoteStarts;
            public override string[] SpeakerNames => s_speakerNames;
            public override string[] SpeakerRoles => s_speakerRoles;
            public override int[] SpeakerQuoteStarts => s_speakerQuoteStarts;
            public override int[] SpeakerQuotes => s_speakerQuotes;

            public override string GetQuote(int index)
            {
                switch (index)
                {
                    case 0: return Decode(global::Test.Articles.Article000_E551924a018df44c.TextUtf8.Slice(469, 148));
                    case 1: return Decode(global::Test.Articles.Article000_E551924a018df44c.TextUtf8.Slice(641, 14));
                    case 2: return Decode(global::Test.Articles.Article000_E551924a018df44c.TextUtf8.Slice(740, 8));
                    case 3: return Decode(global::Test.Articles.Article000_E551924a018df44c.TextUtf8.Slice(888, 9));
                    case 4: return Decode(global::Test.Articles.Article000_E551924a018df44c.TextUtf8.Slice(903, 23));
                    case 5: return Decode(global::Test.Articles.Article000_E551924a018df44c.TextUtf8.Slice(1093, 11));
                    case 6: return Decode(global::Test.Articles.Article000_E551924a018df44c.TextUtf8.Slice(1208, 11));
                    case 7: return Decode(global::Test.Articles.Article000_E551924a018df44c.TextUtf8.Slice(1766, 47));
                    case 8: return Decode(global::Test.Articles.Article000_E551924a018df44c.TextUtf8.Slice(1838, 133));
                    case 9: return Decode(global::Test.Articles.Article000_E551924a018df44c.TextUtf8.Slice(1907, 63));
                    case 10: return Decode(global::Test.Articles.Article000_E551924a018df44c.TextUtf8.Slice(2009, 59));
                    case 11: return Decode(global::Test.Articles.Article000_E551924a018df44c.TextUtf8.Slice(2133, 15));
                    case 12: return Decode(global::Test.Articles.Article000_E551924a018df44c.TextUtf8.Slice(2173, 242));
                    case 13: return Decode(global::Test.Articles.Article000_E551924a018df44c.TextUtf8.Slice(2497, 59));
                    case 14: return Decode(global::Test.Articles.Article000_E551924a018df44c.TextUtf8.Slice(2673, 31));
                    default: throw new global::System.ArgumentOutOfRangeException(nameof(index));
                }
            }
        }
    }
}
