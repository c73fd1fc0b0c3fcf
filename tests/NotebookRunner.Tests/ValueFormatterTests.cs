using System.Globalization;
using Xunit;

namespace NotebookRunner.Tests;

/// <summary>How values are shown as text/plain and text/html.</summary>
public sealed class ValueFormatterTests
{
    [Fact]
    public void Doubles_are_round_trip_and_culture_invariant()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
        try
        {
            Assert.Equal("0.1", ValueFormatter.PlainText(0.1));
            Assert.Equal(1.0 / 3, double.Parse(ValueFormatter.PlainText(1.0 / 3), CultureInfo.InvariantCulture));
            Assert.Equal("[ 1.5, 2 ]", ValueFormatter.PlainText(new[] { 1.5, 2.0 }));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Long_sequences_are_capped_and_say_how_many_items_there_are()
    {
        string text = ValueFormatter.PlainText(Enumerable.Range(1, 100).ToArray());

        Assert.Equal(ValueFormatter.MaxItems, text.Split(',').Length - 1);
        Assert.EndsWith("20, ... ] (100 items)", text);
    }

    [Fact]
    public void Strings_nulls_nested_sequences_and_other_objects()
    {
        Assert.Equal("text", ValueFormatter.PlainText("text"));
        Assert.Equal("<null>", ValueFormatter.PlainText(null));
        Assert.Equal("[ [ 1, 2 ], [] ]", ValueFormatter.PlainText(new[] { new[] { 1, 2 }, Array.Empty<int>() }));
        Assert.Equal("(1, a)", ValueFormatter.PlainText((1, "a")));
    }

    [Fact]
    public void Only_html_values_get_text_html()
    {
        Assert.Null(ValueFormatter.DataOf(42)["text/html"]);
        var data = ValueFormatter.DataOf(new HtmlContent("<i>x</i>"));
        Assert.Equal("<i>x</i>", data["text/html"]!.GetValue<string>());
        Assert.Equal("<i>x</i>", data["text/plain"]!.GetValue<string>());
    }
}
