using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PlotlyStandIn.Tests.Support;

namespace PlotlyStandIn.Tests;

/// <summary>
/// The stand-in must accept the chart code the course writes and reject, with the same compiler errors, the
/// code the real Plotly.NET 5.1.0 + Plotly.NET.CSharp 0.13.0 reject (see the shared reference's clash notes).
/// </summary>
public sealed class CompileTests
{
    private const string ConventionChart = """
        var chart = Chart.Combine(new[]
            {
                Chart.Point<double, double, string>(x: xs, y: ys, Name: "data"),
                Chart.Line<double, double, string>(x: xs, y: ys, Name: "fit"),
            })
            .WithTitle("A title")
            .WithXAxisStyle<double, double, string>(TitleText: "x")
            .WithYAxisStyle<double, double, string>(TitleText: "loss", AxisType: StyleParam.AxisType.Log);

        """;

    [Fact]
    public void CourseHeaderWithConventionChartCompiles()
    {
        var code = Snippets.CourseHeader + Snippets.Data + ConventionChart + "chart";
        Assert.True(Snippets.ErrorIds(code).Count == 0, Snippets.Errors(code));
    }

    [Fact]
    public void EveryMirroredChartFunctionCompilesWithTheCourseHeader()
    {
        var code = Snippets.CourseHeader + Snippets.Data + ConventionChart + """
            var z = new[] { new[] { 1.0, 2.0, 3.0 }, new[] { 4.0, 5.0, 6.0 }, new[] { 7.0, 8.0, 9.0 } };
            var scatter = Chart.Scatter<double, double, string>(x: xs, y: ys, mode: StyleParam.Mode.Lines_Markers, Name: "s", ShowLegend: true);
            var line = Chart.Line<double, double, string>(x: xs, y: ys, ShowMarkers: true, Name: "l");
            var heatmap = Chart.Heatmap<double, double, double, string>(zData: z, X: xs, Y: ys, Name: "heatmap");
            var contour = Chart.Contour<double, double, double, string>(zData: z, X: xs, Y: ys, Name: "contour");
            var grid = Chart.Grid(new[] { chart, scatter }, 1, 2).WithSize(Width: 800, Height: 400);
            GenericChart sized = heatmap.WithSize(400, 300);
            string html = GenericChart.toChartHTML(contour) + GenericChart.toEmbeddedHTML(line);
            var titled = grid.WithXAxisStyle(Title.init("x")).WithYAxisStyle(Title.init("y"));
            titled
            """;
        Assert.True(Snippets.ErrorIds(code).Count == 0, Snippets.Errors(code));
    }

    [Fact]
    public void ChartWithoutTheAliasIsAmbiguous()
    {
        var code = "using Plotly.NET;\nusing Plotly.NET.CSharp;\n" + Snippets.Data
            + "var c = Chart.Point<double, double, string>(x: xs, y: ys, Name: \"data\");";
        Assert.Contains("CS0104", Snippets.ErrorIds(code));
    }

    [Theory]
    [InlineData("c.WithTraceInfo(Name: \"data\");")]
    [InlineData("c.WithTraceInfo();")]
    [InlineData("c.Show();")]
    [InlineData("c.SaveHtml(\"chart.html\");")]
    public void MembersOfBothNamespacesAreAmbiguousWithBothImported(string call)
    {
        var code = Snippets.CourseHeader + Snippets.Data
            + "var c = Chart.Point<double, double, string>(x: xs, y: ys);\n" + call;
        Assert.Equal(new[] { "CS0121" }, Snippets.ErrorIds(code));
    }

    [Fact]
    public void GenericAxisStyleNeedsTheCSharpNamespace()
    {
        var code = "using Plotly.NET;\n" + Snippets.Data
            + "var c = Plotly.NET.CSharp.Chart.Point<double, double, string>(x: xs, y: ys);\n"
            + "c.WithXAxisStyle<double, double, string>(TitleText: \"x\");";
        Assert.Contains("CS1061", Snippets.ErrorIds(code));
    }

    [Fact]
    public void WithTitleNeedsThePlotlyNetNamespace()
    {
        var code = "using Plotly.NET.CSharp;\n" + Snippets.Data
            + "var c = Chart.Point<double, double, string>(x: xs, y: ys);\n"
            + "c.WithTitle(\"t\");";
        Assert.Contains("CS1061", Snippets.ErrorIds(code));
    }

    [Theory]
    [InlineData("c.WithSize(400, 300)", "Plotly.NET.GenericChartExtensions")]
    [InlineData("c.WithSize(Width: 400)", "Plotly.NET.CSharp.GenericChartExtensions")]
    [InlineData("c.WithTraceInfo(\"data\", ShowLegend: Microsoft.FSharp.Core.FSharpOption<bool>.Some(true))", "Plotly.NET.GenericChartExtensions")]
    public void OverloadResolutionPicksTheSameExtensionClassAsWithTheRealPackages(string call, string expectedClass)
    {
        var code = Snippets.CourseHeader + Snippets.Data
            + "var c = Chart.Point<double, double, string>(x: xs, y: ys);\n" + call + ";";
        var compilation = Snippets.Compile(code);
        Assert.True(Snippets.ErrorIds(code).Count == 0, Snippets.Errors(code));
        var tree = compilation.SyntaxTrees.Single();
        var invocation = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Last(i => i.Expression is MemberAccessExpressionSyntax m && m.Name.Identifier.Text.StartsWith("With", StringComparison.Ordinal));
        var symbol = compilation.GetSemanticModel(tree).GetSymbolInfo(invocation).Symbol;
        Assert.NotNull(symbol);
        Assert.Equal(expectedClass, symbol.ContainingType.ToDisplayString());
    }
}
