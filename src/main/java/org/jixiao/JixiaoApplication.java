package org.jixiao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Jixiao 绩效: budget performance management (全过程预算绩效管理) for budget units and finance bureaus. */
@SpringBootApplication
public class JixiaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(JixiaoApplication.class, args);
    }
}
