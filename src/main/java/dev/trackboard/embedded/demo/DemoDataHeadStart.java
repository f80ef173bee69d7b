package dev.trackboard.embedded.demo;

import dev.trackboard.config.TrackboardProperties;
import dev.trackboard.embedded.EmbeddedProperties;
import dev.trackboard.embedded.db.EmbeddedDatabaseHeadStart;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In embedded mode, starts preparing the database and the demo data before the application
 * context reads its configuration (issue 9: start to first 200), by the same seeders the beans run
 * afterwards; those then find their markers and only check. Registered in {@code spring.factories};
 * the settings are bound here from the environment exactly as the beans bind them.
 */
public class DemoDataHeadStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!"embedded".equalsIgnoreCase(context.getEnvironment().getProperty("trackboard.mode", ""))
                || !(context.getBeanFactory() instanceof DefaultListableBeanFactory beans)
                || beans.containsSingleton(EmbeddedDatabaseHeadStart.BEAN_NAME)) {
            return;
        }
        Binder binder = Binder.get(context.getEnvironment());
        TrackboardProperties properties = binder.bindOrCreate("trackboard", TrackboardProperties.class);
        EmbeddedProperties embedded = binder.bindOrCreate("trackboard.embedded", EmbeddedProperties.class);
        EmbeddedDatabaseHeadStart headStart = EmbeddedDatabaseHeadStart.begin(properties, dataSource -> {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            DemoFixtureSeeder world = new DemoFixtureSeeder(jdbc, transactions);
            world.afterPropertiesSet();
            new DemoTrackingSeeder(jdbc, transactions, embedded, world).afterPropertiesSet();
        });
        beans.registerSingleton(EmbeddedDatabaseHeadStart.BEAN_NAME, headStart);
        beans.registerDisposableBean(EmbeddedDatabaseHeadStart.BEAN_NAME, headStart);
    }
}
