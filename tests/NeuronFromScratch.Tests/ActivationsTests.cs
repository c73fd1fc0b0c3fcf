using Xunit;

namespace NeuronFromScratch.Tests;

public sealed class ActivationsTests
{
    [Theory]
    [InlineData(-3.5)]
    [InlineData(0.0)]
    [InlineData(2.25)]
    public void The_linear_activation_is_the_identity_with_slope_one(double z)
    {
        Assert.Equal(z, Activations.Linear(z));
        Assert.Equal(1.0, Activations.DLinearDz(z));
        Assert.Equal(z, Activation.Linear.Sigma(z));
        Assert.Equal(1.0, Activation.Linear.DSigmaDz(z));
    }

    [Fact]
    public void The_vector_forms_work_elementwise_and_return_new_arrays()
    {
        double[] z = { -1.5, 0, 4 };

        double[] activated = Activations.Linear(z);
        double[] slopes = Activations.DLinearDz(z);

        Assert.Equal(z, activated);
        Assert.NotSame(z, activated);
        Assert.Equal(new[] { 1.0, 1.0, 1.0 }, slopes);
        Assert.Empty(Activations.DLinearDz(Array.Empty<double>()));
    }

    [Fact]
    public void A_neuron_uses_the_linear_activation_by_default()
    {
        Assert.Same(Activation.Linear, new Neuron(1).Activation);
        Assert.Equal("linear", Activation.Linear.Name);
    }
}
